package org.gongxue.events.service.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import org.gongxue.events.model.EventReminder;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.model.Registration;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.forum.model.NotificationKind;

/** Sends one reminder in its own transaction (see {@link EventReminders}). */
@ApplicationScoped
public class ReminderSender {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventNotices notices;

    /**
     * Locks the registration (a second server sending the same reminder waits here, then finds it
     * recorded), checks it still deserves the reminder, and records it with its notice.
     *
     * @return whether this call sent it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long registrationId, EventReminder.Kind kind, LocalDateTime now) {
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || registration.getStatus() != RegistrationStatus.CONFIRMED
                || registration.getEvent().getStatus() != EventStatus.SCHEDULED
                || !registration.getEvent().getStartsAt().isAfter(now)
                || em.find(EventReminder.class, new EventReminder.Key(registrationId, kind)) != null) {
            return false;
        }
        em.persist(new EventReminder(registrationId, kind, Instant.now()));
        notices.tell(registration, kind == EventReminder.Kind.DAY ? NotificationKind.EVENT_TOMORROW
                : NotificationKind.EVENT_SOON);
        return true;
    }
}
