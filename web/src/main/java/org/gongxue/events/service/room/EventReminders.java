package org.gongxue.events.service.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.gongxue.events.model.EventReminder;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.model.RegistrationStatus;

/**
 * Reminds confirmed registrants of their event a day before and an hour before it starts. Each
 * server's timer calls {@link #sendDue} every few minutes; every reminder is sent in a transaction
 * of its own that first locks the registration and then records the reminder beside the notice,
 * so that two servers, a retry or a restart never send one twice. The day's reminder is skipped
 * for an event already within the hour (the hour's is what is useful then); a server that was down
 * over a whole window does not send it late.
 */
@ApplicationScoped
public class EventReminders {

    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ReminderSender sender;

    /**
     * Sends the reminders due at {@code now} (the zone's wall-clock time, as events are stored)
     * that were not sent yet.
     *
     * @return how many this call sent
     */
    public int sendDue(LocalDateTime now) {
        int sent = 0;
        for (long registration : due(EventReminder.Kind.HOUR, now, now.plus(HOUR_BEFORE))) {
            sent += sender.send(registration, EventReminder.Kind.HOUR, now) ? 1 : 0;
        }
        for (long registration : due(EventReminder.Kind.DAY, now.plus(HOUR_BEFORE), now.plus(DAY_BEFORE))) {
            sent += sender.send(registration, EventReminder.Kind.DAY, now) ? 1 : 0;
        }
        return sent;
    }

    /** Confirmed registrations of events starting in (after, until] without this reminder. */
    private List<Long> due(EventReminder.Kind kind, LocalDateTime after, LocalDateTime until) {
        return em.createQuery("""
                        select r.id from Registration r
                        where r.status = :confirmed and r.event.status = :scheduled
                          and r.event.startsAt > :after and r.event.startsAt <= :until
                          and not exists (select 1 from EventReminder s
                                          where s.key.registrationId = r.id and s.key.kind = :kind)
                        order by r.id""", Long.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("scheduled", EventStatus.SCHEDULED)
                .setParameter("after", after)
                .setParameter("until", until)
                .setParameter("kind", kind)
                .getResultList();
    }
}
