package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongxue.forum.model.Attachment;
import org.gongxue.forum.model.ForumThread;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.Space;
import org.gongxue.platform.outbox.Outbox;

/**
 * Records, in the writer's transaction, that the index must catch up with a change of the forum
 * (see {@link ForumIndexHandler}): a post written or moderated, a thread moved, a space renamed
 * or shown to others.
 *
 * <p>A changed post is marked and its <em>thread</em> gets the event: the outbox keeps one
 * waiting event per key, so a burst of replies to a thread (ten thousand of them in one
 * afternoon's import) costs a few events, each indexing every marked post of the thread in bulk.
 */
@ApplicationScoped
public class ForumIndexEvents {

    public static final String TOPIC = "forum.index";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Outbox outbox;

    public void changed(Post post) {
        post.markForIndex();
        outbox.enqueue(TOPIC, ForumIndexKey.thread(post.getThread().getId()).toString());
    }

    /** Every post of the thread changes (a move changes who may read them). */
    public void changed(ForumThread thread) {
        em.createQuery("update Post p set p.indexPending = true where p.thread.id = :thread")
                .setParameter("thread", thread.getId()).executeUpdate();
        outbox.enqueue(TOPIC, ForumIndexKey.thread(thread.getId()).toString());
    }

    public void changed(Attachment attachment) {
        outbox.enqueue(TOPIC, ForumIndexKey.attachment(attachment.getId()).toString());
    }

    public void changed(Space space) {
        outbox.enqueue(TOPIC, ForumIndexKey.space(space.getId()).toString());
    }
}
