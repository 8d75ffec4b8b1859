package org.gongxue.forum.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.gongxue.platform.outbox.OutboxHandler;
import org.gongxue.platform.outbox.OutboxMessage;

/** {@link ForumMailEvents#TOPIC}: sends the e-mail of one notification, or one person's digest of a day. */
@ApplicationScoped
public class ForumMailHandler implements OutboxHandler {

    @Inject
    ForumMailer mailer;

    @Override
    public String topic() {
        return ForumMailEvents.TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) throws Exception {
        String key = message.key();
        if (key.startsWith(ForumMailEvents.NOTIFICATION)) {
            mailer.sendNotification(Long.parseLong(key.substring(ForumMailEvents.NOTIFICATION.length())));
        } else if (key.startsWith(ForumMailEvents.DIGEST)) {
            String[] parts = key.substring(ForumMailEvents.DIGEST.length()).split(":", 2);
            mailer.sendDigest(Long.parseLong(parts[0]), LocalDate.parse(parts[1]));
        } else {
            throw new IllegalArgumentException("not a forum mail key: " + key);
        }
    }
}
