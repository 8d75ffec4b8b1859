package org.gongxue.forum.service.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.gongxue.forum.model.Attachment;
import org.gongxue.platform.outbox.OutboxHandler;
import org.gongxue.platform.outbox.OutboxMessage;

/**
 * {@link ForumIndexEvents#TOPIC}: brings the index in line with a thread's marked posts, or with
 * every post of a space, as the database has them now. Idempotent: documents are written by id
 * and removed by id, so an event handled twice or late does no harm. A failure is thrown: the
 * outbox retries it.
 */
@ApplicationScoped
public class ForumIndexHandler implements OutboxHandler {

    @Inject
    ForumIndexSource source;

    @Inject
    ForumIndexWriter writer;

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
                case THREAD -> markedPosts(key.id());
                case ATTACHMENT -> attachment(key.id());
                case SPACE -> {
                    for (long thread : source.threadsOf(key.id())) {
                        writer.wholeThread(thread);
                    }
                }
            }
        } catch (ElasticsearchException e) {
            throw new IOException("Indexing " + key + " failed: " + e.getMessage(), e);
        }
    }

    private void markedPosts(long threadId) throws IOException {
        boolean more;
        do {
            more = writer.nextMarkedBatch(threadId);
        } while (more);
    }

    /** Reads a new attachment's text once (outside any transaction: Tika takes its time), then re-indexes its post with it. */
    private void attachment(long attachmentId) throws IOException {
        Optional<Attachment> unread = source.unread(attachmentId);
        if (unread.isPresent()) {
            source.keepText(attachmentId, texts.read(unread.get()));
        }
        Optional<Long> thread = source.threadOf(attachmentId);
        if (thread.isPresent()) {
            markedPosts(thread.get());
        }
    }
}
