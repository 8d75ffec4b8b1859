package org.gongxue.forum.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.gongxue.forum.model.Notification;
import org.gongxue.platform.outbox.Outbox;

/**
 * Records, in the writer's transaction, that an e-mail is due (see {@link ForumMailHandler}):
 * keys {@code notification:<id>} and {@code digest:<person id>:<date>}.
 */
@ApplicationScoped
public class ForumMailEvents {

    public static final String TOPIC = "forum.mail";
    static final String NOTIFICATION = "notification:";
    static final String DIGEST = "digest:";

    @Inject
    Outbox outbox;

    public void notified(Notification notification) {
        outbox.enqueue(TOPIC, NOTIFICATION + notification.getId());
    }

    void digestDue(long personId, LocalDate day) {
        outbox.enqueue(TOPIC, DIGEST + personId + ":" + day);
    }
}
