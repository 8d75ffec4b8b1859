package org.gongxue.people.service.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip once, counting, before POI opens it: POI would hold every part in memory, and a
 * small zip can unpack to gigabytes. POI's own guard is a process-wide setting; this one is ours.
 */
final class ZipExpansionGuard {

    private ZipExpansionGuard() {
    }

    static void check(byte[] zip, long maxUnpackedBytes) {
        byte[] buffer = new byte[8192];
        long unpacked = 0;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (entries.getNextEntry() != null) {
                for (int read; (read = entries.read(buffer)) > 0; ) {
                    unpacked += read;
                    if (unpacked > maxUnpackedBytes) {
                        throw new RosterFileException(RosterProblemKind.FILE_TOO_LARGE_UNPACKED);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A truncated or damaged zip; IllegalArgumentException: a malformed entry name.
            throw new RosterFileException(e, RosterProblemKind.FILE_UNREADABLE);
        }
    }
}
