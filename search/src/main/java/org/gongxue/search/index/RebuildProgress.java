package org.gongxue.search.index;

/** Hears how far a rebuild has got, after every batch written to the new generation. */
@FunctionalInterface
public interface RebuildProgress {

    RebuildProgress IGNORED = (done, expectedTotal) -> { };

    /**
     * @param done          documents read from the source so far
     * @param expectedTotal what the caller said the source would give (done may pass it, if
     *                      documents were added meanwhile)
     */
    void documentsDone(long done, long expectedTotal);
}
