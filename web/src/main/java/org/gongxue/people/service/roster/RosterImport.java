package org.gongxue.people.service.roster;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an uploaded roster (.xlsx, or CSV in UTF-8 or GBK) into a {@link RosterPreview}: every
 * row with its problems, before anything is written. Stateless and thread-safe.
 *
 * <p>How the commit is meant to use it (wired by the people service): keep the uploaded bytes
 * (at most {@link RosterLimits#maxBytes()}) between the preview and the administrator's "import"
 * click; then, in one transaction, call {@link #preview} again on the same bytes with the
 * directory of that transaction, and only if {@link RosterPreview#canCommit()} create every
 * person of {@link RosterPreview#newPeople()}, else roll back and show the new preview. Checking
 * again inside the transaction catches a phone or user name registered since the first preview,
 * so that the import stays all or nothing; the database's unique constraints remain the last
 * guard.
 */
public final class RosterImport {

    private static final Logger LOG = Logger.getLogger(RosterImport.class.getName());

    private final RosterLimits limits;

    public RosterImport(RosterLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the upload (at most {@code maxBytes + 1} bytes of it, whatever it holds) and checks
     * every row. Problems of the file come back in the preview, never as exceptions.
     *
     * @param upload    the uploaded file; not closed here
     * @param directory the registered people and units, and the importer's rights
     * @throws IOException only if reading the upload itself fails
     */
    public RosterPreview preview(InputStream upload, RosterDirectory directory) throws IOException {
        byte[] content = upload.readNBytes(Math.toIntExact(limits.maxBytes() + 1));
        try {
            List<RosterRow> rows = readRows(content);
            InFileDuplicates.check(rows);
            new DirectoryChecks(directory).check(rows);
            return RosterPreview.ofRows(rows);
        } catch (RosterFileException e) {
            // The user sees the message; the cause is for whoever looks into a file that "won't import".
            LOG.log(Level.FINE, "Roster refused: " + e.problem(), e.getCause());
            return RosterPreview.ofFileProblem(e.problem());
        }
    }

    private List<RosterRow> readRows(byte[] content) {
        if (content.length == 0) {
            throw new RosterFileException(RosterProblemKind.FILE_EMPTY);
        }
        if (content.length > limits.maxBytes()) {
            throw new RosterFileException(RosterProblemKind.FILE_TOO_LARGE, limits.maxMegabytes());
        }
        RosterSheetCollector collector = new RosterSheetCollector(limits.maxRows());
        RosterFormat.readerFor(content, limits).read(content, collector);
        return collector.rows();
    }
}
