package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongxue.forum.model.Attachment;
import org.gongxue.forum.model.ForumThread;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.Space;
import org.gongxue.platform.outbox.Outbox;

/**
 * Records, in the writer's transaction, that the index must catch up with a change of the forum
 * (see {@link ForumIndexHandler}): a post written or moderated, a thread moved, a space renamed
 * or shown to others.
 */
@ApplicationScoped
public class ForumIndexEvents {

    public static final String TOPIC = "forum.index";

    @Inject
    Outbox outbox;

    public void changed(Post post) {
        outbox.enqueue(TOPIC, ForumIndexKey.post(post.getId()).toString());
    }

    public void changed(ForumThread thread) {
        outbox.enqueue(TOPIC, ForumIndexKey.thread(thread.getId()).toString());
    }

    public void changed(Attachment attachment) {
        outbox.enqueue(TOPIC, ForumIndexKey.attachment(attachment.getId()).toString());
    }

    public void changed(Space space) {
        outbox.enqueue(TOPIC, ForumIndexKey.space(space.getId()).toString());
    }
}
