package org.gongxue.events.service.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.EventMinutes;
import org.gongxue.events.model.EventRoom;
import org.gongxue.events.service.EventRules;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * The summary (纪要) of a salon or symposium: its organisers write it, as often as they like (each
 * version is kept with who wrote it and when), and publish it once the meeting is over. Until then
 * only organisers read it; afterwards everyone who sees the meeting, i.e. its invited members.
 * Writing and publishing are audited.
 */
@ApplicationScoped
@Transactional
public class EventMinutesService {

    static final int MAX_LENGTH = 20_000;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventRooms rooms;

    @Inject
    EventRules rules;

    @Inject
    AuditLog audit;

    /** Saves a new version of the summary; a published summary shows the new version at once. */
    public void write(Actor organiser, long eventId, String text) {
        EventRoom room = rooms.meetingRoom(organiser, eventId);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("minutes", "events.salon.minutes.required");
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw InvalidInputException.of("minutes", "events.salon.minutes.tooLong");
        }
        em.persist(new EventMinutes(room.getEventId(), text.strip(), organiser.personId(), Instant.now()));
        audit.record(organiser, AuditAction.EVENT_MINUTES_WRITTEN, target(eventId), null);
    }

    /** Publishes the summary to the meeting's members; only after the meeting, and only once written. */
    public void publish(Actor organiser, long eventId) {
        EventRoom room = rooms.meetingRoom(organiser, eventId);
        Event event = em.find(Event.class, eventId);
        if (event.getEndsAt().isAfter(ZoneClock.now())) {
            throw InvalidInputException.of("minutes", "events.salon.minutes.notOver");
        }
        if (versions(eventId).isEmpty()) {
            throw InvalidInputException.of("minutes", "events.salon.minutes.required");
        }
        if (room.getMinutesPublishedAt() == null) {
            room.publishMinutes(Instant.now(), organiser.username());
            audit.record(organiser, AuditAction.EVENT_MINUTES_PUBLISHED, target(eventId), null);
        }
    }

    /**
     * The summary as the reader may read it: organisers always (with its versions), the meeting's
     * members once it is published; nothing otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MinutesView> read(Actor reader, long eventId) {
        Event event = rooms.visibleEvent(reader, eventId);
        EventRoom room = em.find(EventRoom.class, eventId);
        boolean organiser = rules.mayOrganize(reader, event);
        if (room == null || !event.getKind().isMeeting() || !(organiser || room.getMinutesPublishedAt() != null)) {
            return Optional.empty();
        }
        List<MinutesVersion> versions = versions(eventId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MinutesView(versions.get(0).getText(), room.getMinutesPublishedAt(),
                room.getMinutesPublishedBy(), organiser ? versions : List.of(versions.get(0))));
    }

    /** Every version, the latest first, with its writer's name. */
    private List<MinutesVersion> versions(long eventId) {
        return em.createQuery("""
                        select new org.gongxue.events.service.room.MinutesVersion(m.body, p.name, m.writtenAt)
                        from EventMinutes m, Person p where p.id = m.writtenBy and m.eventId = :event
                        order by m.writtenAt desc, m.id desc""", MinutesVersion.class)
                .setParameter("event", eventId).getResultList();
    }

    private static String target(long eventId) {
        return "event:" + eventId;
    }
}
