package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import org.gongxue.search.index.BulkIndexResult;
import org.gongxue.search.index.ContentIndex;

/** Writes batches of forum posts into the content index: one bulk request for the documents, one for the removals. */
@ApplicationScoped
public class ForumIndexWriter {

    /** Posts read and written per round trip. */
    static final int BATCH = 500;

    @Inject
    ForumIndexSource source;

    @Inject
    ContentIndex index;

    /**
     * Writes the next batch of a thread's marked posts and clears their marks, in one
     * transaction: if the index refuses, the marks stay for the outbox's retry.
     *
     * @return whether more marked posts may wait
     */
    @Transactional(rollbackOn = IOException.class)
    public boolean nextMarkedBatch(long threadId) throws IOException {
        ForumIndexSource.Batch batch = source.markedPostsOf(threadId, BATCH);
        write(batch);
        source.indexed(batch.postIds());
        return !batch.last();
    }

    /** Every post of a thread, marked or not, a batch at a time (a space shown to others changes them all). */
    public void wholeThread(long threadId) throws IOException {
        ForumIndexSource.Batch batch;
        int after = 0;
        do {
            batch = source.postsOf(threadId, after, BATCH);
            write(batch);
            after = batch.lastNumber();
        } while (!batch.last());
    }

    private void write(ForumIndexSource.Batch batch) throws IOException {
        requireAllIndexed(index.index(batch.documents()));
        index.delete(batch.removedIds());
    }

    private static void requireAllIndexed(BulkIndexResult result) {
        if (!result.allSucceeded()) {
            BulkIndexResult.Failure first = result.failures().get(0);
            throw new IllegalStateException(result.failures().size() + " forum documents were refused by the index, e.g. "
                    + first.id() + ": " + first.type() + " " + first.reason());
        }
    }
}
