package org.gongxue.search.subtitles;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Turns the bytes of a subtitle file into text. WebVTT is UTF-8 by definition, but SRT files
 * come in whatever the tool that wrote them used: UTF-8 with or without a byte order mark,
 * UTF-16 with one (Windows' "Unicode"), and GBK from Chinese subtitle tools.
 */
final class SubtitleCharsets {

    /** A superset of GBK and GB2312: every GBK file decodes the same with it. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private SubtitleCharsets() {}

    /**
     * @param length how many bytes of {@code bytes} are the file (or the part within the limit)
     * @param cut    whether the file went on past {@code length}: the last, partial line is
     *               dropped, so that no character or cue is cut in half
     */
    static String decode(byte[] bytes, int length, boolean cut) {
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return lastLineDroppedIf(cut, new String(bytes, 2, evenLength(length - 2), UTF_16LE));
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return lastLineDroppedIf(cut, new String(bytes, 2, evenLength(length - 2), UTF_16BE));
        }
        int offset = startsWith(bytes, length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        // In UTF-8 and GBK a newline byte is never part of another character: cutting after the
        // last one keeps whole characters.
        int end = cut ? lastNewlineEnd(bytes, offset, length) : length;
        ByteBuffer content = ByteBuffer.wrap(bytes, offset, end - offset);
        try {
            return UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // Not valid UTF-8, and no byte order mark: what Chinese tools write is GBK.
            return new String(bytes, offset, end - offset, GB18030);
        }
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int evenLength(int length) {
        return length & ~1;
    }

    private static int lastNewlineEnd(byte[] bytes, int from, int length) {
        for (int i = length - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    private static String lastLineDroppedIf(boolean cut, String text) {
        return cut ? text.substring(0, text.lastIndexOf('\n') + 1) : text;
    }
}
