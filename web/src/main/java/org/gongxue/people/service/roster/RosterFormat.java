package org.gongxue.people.service.roster;

import java.util.Arrays;

/**
 * Tells the format of an upload from its first bytes, never from its name: a renamed file is
 * read as what it is.
 */
final class RosterFormat {

    /** Every zip file, so every .xlsx, starts with a local file header. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** OLE2 compound files: legacy .xls workbooks, and .xlsx files protected by a password. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private RosterFormat() {
    }

    /**
     * @throws RosterFileException for formats that cannot hold a roster we read; anything else is
     *                             tried as CSV, which refuses binary content itself
     */
    static SheetReader readerFor(byte[] content, RosterLimits limits) {
        if (startsWith(content, ZIP)) {
            return new XlsxSheetReader(limits.maxUnpackedBytes());
        }
        if (startsWith(content, OLE2)) {
            throw new RosterFileException(RosterProblemKind.FILE_LEGACY_OR_ENCRYPTED);
        }
        return new CsvSheetReader();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
