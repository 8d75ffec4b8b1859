package org.gongxue.search.subtitles;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of a cue's lines: WebVTT and SRT markup removed, character references decoded,
 * whitespace tidied.
 */
final class CueText {

    /**
     * WebVTT's {@code <i> <b> <u> <c.class> <v Speaker> <lang zh> <ruby> <rt> <00:00:01.000>}
     * and the HTML-like {@code <font color=…>} of SRT: any tag within one line.
     */
    private static final Pattern TAG = Pattern.compile("<[^<>\\n]*>");
    /** Override codes of ASS/SSA that converted SRT files keep, e.g. {@code {\an8}} or {@code {\i1}}. */
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^{}\\n]*}");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED_REFERENCES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", " ", "lrm", "", "rlm", "");
    /** Control characters, byte order marks and direction marks: nothing a reader sees. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\uFEFF\\u200E\\u200F&&[^\\n]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000&&[^\\n]]+");

    private CueText() {}

    /** The cue's text; empty when the lines hold nothing but markup and space. */
    static String of(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String plain = tidy(decodeReferences(ASS_OVERRIDE.matcher(TAG.matcher(line).replaceAll("")).replaceAll("")));
            if (!plain.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(plain);
            }
        }
        return text.toString();
    }

    private static String tidy(String line) {
        // Spaces first, so that a tab between two words stays a space.
        return INVISIBLE.matcher(SPACES.matcher(line).replaceAll(" ")).replaceAll("").strip();
    }

    // After the tags are gone, so that "&lt;b&gt;" stays the text "<b>" rather than a tag.
    private static String decodeReferences(String line) {
        Matcher reference = REFERENCE.matcher(line);
        return reference.replaceAll(match -> Matcher.quoteReplacement(decoded(match.group(1), match.group())));
    }

    private static String decoded(String name, String asWritten) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
        }
        return NAMED_REFERENCES.getOrDefault(name, asWritten);
    }
}
