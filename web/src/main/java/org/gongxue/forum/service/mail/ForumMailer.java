package org.gongxue.forum.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongxue.forum.model.MailSetting;
import org.gongxue.forum.model.Notification;
import org.gongxue.forum.service.ForumAccess;
import org.gongxue.forum.service.NotificationView;
import org.gongxue.people.model.Person;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.mail.Mailer;

/**
 * Writes the forum's e-mails: one for a notification, or a day's digest of a person's unread
 * notifications. Only to active people with an address who asked for it (see
 * {@link MailPreferences}), and only of spaces they may still see. A digest is sent once a day
 * whatever the retries; a notification read before its e-mail goes out is not mailed.
 */
@ApplicationScoped
@Transactional
public class ForumMailer {

    /** Notifications listed in one digest; the rest wait on the notifications page. */
    static final int DIGEST_LIMIT = 50;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    ForumMailTexts texts;

    @Inject
    ForumAccess access;

    @Inject
    Actors actors;

    public void sendNotification(long notificationId) throws MessagingException, IOException {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || notification.getReadAt() != null) {
            return;
        }
        Optional<Person> person = addressee(notification.getPersonId());
        if (person.isEmpty() || !setting(person.get().getId()).isEachNotification() || !maySee(person.get(), notification)) {
            return;
        }
        NotificationView view = new NotificationView(notification);
        mailer.send(person.get().getEmail(), texts.notice(view), texts.noticeBody(person.get().getName(), view));
    }

    public void sendDigest(long personId, LocalDate day) throws MessagingException, IOException {
        MailSetting setting = em.find(MailSetting.class, personId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Person> person = addressee(personId);
        if (setting == null || !setting.isDailyDigest() || day.equals(setting.getDigestSentOn()) || person.isEmpty()) {
            return;
        }
        List<NotificationView> unread = em.createQuery("""
                        select n from Notification n join fetch n.thread join fetch n.actor
                        where n.personId = :me and n.readAt is null order by n.createdAt desc, n.id desc""",
                        Notification.class)
                .setParameter("me", personId).setMaxResults(DIGEST_LIMIT).getResultStream()
                .filter(notification -> maySee(person.get(), notification))
                .map(NotificationView::new).toList();
        if (!unread.isEmpty()) {
            mailer.send(person.get().getEmail(), texts.digestSubject(unread.size()),
                    texts.digestBody(person.get().getName(), unread));
        }
        setting.setDigestSentOn(day);
    }

    /** The person's settings, the defaults when they never changed them. */
    MailSetting setting(long personId) {
        MailSetting setting = em.find(MailSetting.class, personId);
        return setting == null ? new MailSetting(personId) : setting;
    }

    private Optional<Person> addressee(long personId) {
        Person person = em.find(Person.class, personId);
        return person == null || !person.isActive() || person.getEmail() == null || person.getEmail().isBlank()
                ? Optional.empty() : Optional.of(person);
    }

    private boolean maySee(Person person, Notification notification) {
        Optional<Actor> actor = actors.forUsername(person.getUsername(), null);
        return actor.isPresent() && access.maySee(actor.get(), notification.getThread().getSpace());
    }
}
