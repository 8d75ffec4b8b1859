package org.gongxue.people.service.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a CSV upload. Chinese Excel saves "CSV" in GBK and "CSV UTF-8" with a byte order mark;
 * other tools write UTF-8 without one. Valid UTF-8 is almost never valid GBK text by accident, so
 * a strict UTF-8 decoding is tried first and GB18030 (a superset of GBK) second.
 */
final class CsvText {

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvText() {
    }

    /** @throws RosterFileException when the bytes are not text in either encoding */
    static String decode(byte[] content) {
        for (Charset charset : CHARSETS) {
            try {
                String text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content))
                        .toString();
                return withoutByteOrderMark(requireText(text));
            } catch (CharacterCodingException e) {
                // Not this encoding; try the next.
            }
        }
        throw new RosterFileException(RosterProblemKind.FILE_UNSUPPORTED_TYPE);
    }

    /** Decodable bytes may still be binary (an .exe decodes as GB18030): text has no control characters. */
    private static String requireText(String text) {
        boolean binary = text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n');
        if (binary) {
            throw new RosterFileException(RosterProblemKind.FILE_UNSUPPORTED_TYPE);
        }
        return text;
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
