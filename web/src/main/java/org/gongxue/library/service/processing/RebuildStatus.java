package org.gongxue.library.service.processing;

import java.time.Instant;

/**
 * Where the administrators' rebuild of the search index stands, on this server. A class with
 * getters, for the page: Faces EL cannot read records.
 */
public final class RebuildStatus {

    /** How the last rebuild ended, if it did. */
    public enum Outcome {
        /** Not started since this server started. */
        NONE,
        RUNNING,
        /** Search answers from the new index. */
        DONE,
        /** Search still answers from the old index; {@link #getError()} says why. */
        FAILED,
        /** Another rebuild holds the index being built (on another server, or one that was interrupted). */
        ANOTHER_RUNNING
    }

    private final Outcome outcome;
    private final long done;
    private final long expected;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final long rejected;
    private final String error;

    private RebuildStatus(Outcome outcome, long done, long expected, Instant startedAt, Instant finishedAt,
                          long rejected, String error) {
        this.outcome = outcome;
        this.done = done;
        this.expected = expected;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.rejected = rejected;
        this.error = error;
    }

    static RebuildStatus none() {
        return new RebuildStatus(Outcome.NONE, 0, 0, null, null, 0, null);
    }

    static RebuildStatus started(Instant now) {
        return new RebuildStatus(Outcome.RUNNING, 0, 0, now, null, 0, null);
    }

    RebuildStatus progressed(long documentsDone, long documentsExpected) {
        return new RebuildStatus(Outcome.RUNNING, documentsDone, documentsExpected, startedAt, null, 0, null);
    }

    RebuildStatus finished(long documents, long rejectedDocuments, Instant now) {
        return new RebuildStatus(Outcome.DONE, documents, Math.max(expected, documents), startedAt, now,
                rejectedDocuments, null);
    }

    RebuildStatus ended(Outcome how, String why, Instant now) {
        return new RebuildStatus(how, done, expected, startedAt, now, 0, why);
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isRunning() {
        return outcome == Outcome.RUNNING;
    }

    /** Documents written to the new index so far. */
    public long getDone() {
        return done;
    }

    /** Documents the rebuild expects to write (0 until it has counted them). */
    public long getExpected() {
        return expected;
    }

    /** Whole percent done, for the progress bar. */
    public int getPercent() {
        return expected == 0 ? 0 : (int) Math.min(100, done * 100 / expected);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** Documents the index refused: missing from the new index (the server log names them). */
    public long getRejected() {
        return rejected;
    }

    public String getError() {
        return error;
    }
}
