package org.gongxue.forum.service.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.gongxue.forum.model.Attachment;
import org.gongxue.platform.outbox.OutboxHandler;
import org.gongxue.platform.outbox.OutboxMessage;
import org.gongxue.search.index.BulkIndexResult;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.SearchDocument;

/**
 * {@link ForumIndexEvents#TOPIC}: brings the index in line with a post, a thread or a space as
 * the database has them now. Idempotent: documents are written by id and removed by id, so an
 * event handled twice or late does no harm. A failure is thrown: the outbox retries it.
 */
@ApplicationScoped
public class ForumIndexHandler implements OutboxHandler {

    /** Posts read and written per round trip when a whole thread is re-indexed. */
    static final int BATCH = 500;

    @Inject
    ForumIndexSource source;

    @Inject
    ContentIndex index;

    @Inject
    AttachmentTexts texts;

    @Override
    public String topic() {
        return ForumIndexEvents.TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) throws IOException {
        ForumIndexKey key = ForumIndexKey.parse(message.key());
        try {
            switch (key.scope()) {
                case POST -> post(key.id());
                case THREAD -> thread(key.id());
                case ATTACHMENT -> attachment(key.id());
                case SPACE -> {
                    for (long thread : source.threadsOf(key.id())) {
                        thread(thread);
                    }
                }
            }
        } catch (ElasticsearchException e) {
            throw new IOException("Indexing " + key + " failed: " + e.getMessage(), e);
        }
    }

    private void post(long postId) throws IOException {
        Optional<SearchDocument> document = source.post(postId);
        if (document.isPresent()) {
            requireAllIndexed(index.index(document.stream().toList()));
        } else {
            index.delete(ForumDocuments.postId(postId));
        }
    }

    /** Reads a new attachment's text once, then re-indexes its post with it. */
    private void attachment(long attachmentId) throws IOException {
        Optional<Attachment> unread = source.unread(attachmentId);
        if (unread.isPresent()) {
            source.keepText(attachmentId, texts.read(unread.get()));
        }
        Optional<Long> post = source.postOf(attachmentId);
        if (post.isPresent()) {
            post(post.get());
        }
    }

    private void thread(long threadId) throws IOException {
        ForumIndexSource.Batch batch;
        int after = 0;
        do {
            batch = source.postsOf(threadId, after, BATCH);
            if (!batch.documents().isEmpty()) {
                requireAllIndexed(index.index(batch.documents()));
            }
            for (String removed : batch.removedIds()) {
                index.delete(removed);
            }
            after = batch.lastNumber();
        } while (!batch.last());
    }

    private static void requireAllIndexed(BulkIndexResult result) {
        if (!result.allSucceeded()) {
            BulkIndexResult.Failure first = result.failures().get(0);
            throw new IllegalStateException(result.failures().size() + " forum documents were refused by the index, e.g. "
                    + first.id() + ": " + first.type() + " " + first.reason());
        }
    }
}
