package org.gongxue.platform.upload;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the name a browser sent with a file into a name fit to show and to offer again as a
 * download name. The result is for display only: storage keys never contain what a user typed.
 *
 * <p>What is taken away, and why: everything up to the last {@code /} or {@code \} and a drive
 * letter (browsers on old systems send whole paths, attackers send {@code ../}); control
 * characters and line breaks; Unicode format characters, among them the bidirectional overrides
 * that make {@code exe.pdf} display as {@code fdp.exe} and the zero-width ones that hide
 * differences; unassigned code points and lone surrogates. Characters Windows forbids in names
 * become {@code _}; a Windows device name ({@code CON}, {@code LPT1.txt}) gets a {@code _} in front;
 * spaces and dots at either end go (Windows drops them, and a leading dot hides a file elsewhere).
 * The result is at most {@value #MAX_BYTES} bytes in UTF-8 (the usual limit of file systems),
 * cut between characters as people see them and keeping the extension. Chinese and every
 * other script pass unchanged.
 */
public final class FileNames {

    public static final int MAX_BYTES = 255;

    /** Longer "extensions" are part of the name, not a type. */
    private static final int MAX_EXTENSION_BYTES = 16;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"|?*]");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
    private static final Pattern ENDS = Pattern.compile("^[ .]+|[ .]+$");

    private FileNames() {
    }

    /**
     * The name to show for an uploaded file, or empty when nothing usable is left (a name that was
     * only dots, separators or invisible characters).
     */
    public static Optional<String> displayName(String sent) {
        if (sent == null) {
            return Optional.empty();
        }
        String visible = visibleCharacters(Normalizer.normalize(sent, Normalizer.Form.NFC));
        String name = DRIVE.matcher(lastPathSegment(visible)).replaceFirst("");
        name = WINDOWS_FORBIDDEN.matcher(name).replaceAll("_");
        name = ENDS.matcher(name).replaceAll("");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (WINDOWS_DEVICE.matcher(name).matches()) {
            name = "_" + name;
        }
        return Optional.of(capBytes(name));
    }

    /** Drops what cannot be seen or changes how the rest reads; any kind of space becomes one blank. */
    private static String visibleCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!lastWasSpace) {
                    kept.append(' ');
                }
                lastWasSpace = true;
            } else if (!isInvisible(codePoint)) {
                kept.appendCodePoint(codePoint);
                lastWasSpace = false;
            }
        }
        return kept.toString();
    }

    private static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    private static String lastPathSegment(String path) {
        String[] segments = path.split("[/\\\\]");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                return segments[i].strip();
            }
        }
        return "";
    }

    private static String capBytes(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && utf8Length(name.substring(dot)) <= MAX_EXTENSION_BYTES
                && !name.substring(dot).contains(" ") ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        String cut = ENDS.matcher(cutAtCharacter(base, MAX_BYTES - utf8Length(extension))).replaceAll("");
        return cut + extension;
    }

    /** The longest start of {@code text} within {@code maxBytes} that ends between user-perceived characters. */
    private static String cutAtCharacter(String text, int maxBytes) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = 0;
        int bytes = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            bytes += utf8Length(text.substring(end, next));
            if (bytes > maxBytes) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
