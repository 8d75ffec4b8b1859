package org.gongxue.platform.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into lines that fit a generated clip, because ffmpeg's drawtext does not wrap.
 * Widths are counted in half-width units: a Chinese character (or any full-width one) is two,
 * a Latin letter or digit one. Latin words are kept whole where a space allows; Chinese text
 * breaks between any two characters.
 */
final class TitleLines {

    /** What fits the width of a 1280-pixel clip at the title's font size, with margins. */
    static final int UNITS_PER_LINE = 50;
    static final int MAX_LINES = 4;

    private TitleLines() {
    }

    static List<String> wrap(String title) {
        List<String> lines = new ArrayList<>();
        if (title == null) {
            return lines;
        }
        for (String paragraph : title.strip().split("\\R")) {
            wrapParagraph(paragraph.strip(), lines);
        }
        lines.removeIf(String::isEmpty);
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = kept.get(MAX_LINES - 1);
            kept.set(MAX_LINES - 1, last.substring(0, last.offsetByCodePoints(0, last.codePointCount(0, last.length()) - 1)) + "…");
            return kept;
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int units = 0;
        int lastSpace = -1;
        for (int offset = 0; offset < paragraph.length(); ) {
            int codePoint = paragraph.codePointAt(offset);
            offset += Character.charCount(codePoint);
            int width = width(codePoint);
            if (units + width > UNITS_PER_LINE && line.length() > 0) {
                String carried = "";
                if (lastSpace > 0 && !Character.isWhitespace(codePoint)) {
                    carried = line.substring(lastSpace + 1);
                    line.setLength(lastSpace);
                }
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(carried);
                units = carried.codePoints().map(TitleLines::width).sum();
                lastSpace = -1;
                if (Character.isWhitespace(codePoint)) {
                    continue;
                }
            }
            if (Character.isWhitespace(codePoint)) {
                lastSpace = line.length();
            }
            line.appendCodePoint(codePoint);
            units += width;
        }
        lines.add(line.toString().strip());
    }

    private static int width(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean fullWidth = script == Character.UnicodeScript.HAN
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
        return fullWidth ? 2 : 1;
    }
}
