package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.Registration;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.events.service.room.EventNotices;

/**
 * Counts and hands out the seats of one locality at one event. Every change of who holds a seat
 * first {@link #lock}s the locality's quota row, so that two cadres taking the last seat at once
 * are served one after the other and the second sees the first's registration.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class SeatLedger {

    private static final Set<RegistrationStatus> COUNTED =
            EnumSet.of(RegistrationStatus.PENDING_APPROVAL, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventNotices notices;

    /** Locks the locality's quota of the event until the transaction ends; returns its seats (0 without a quota). */
    @Transactional(Transactional.TxType.MANDATORY)
    int lock(long eventId, String localityCode) {
        List<?> seats = em.createNativeQuery(
                        "select seats from event_quota where event_id = ?1 and locality_code = ?2 for update")
                .setParameter(1, eventId)
                .setParameter(2, localityCode)
                .getResultList();
        return seats.isEmpty() ? 0 : ((Number) seats.get(0)).intValue();
    }

    long holding(long eventId, String localityCode) {
        return count(eventId, localityCode, RegistrationStatus.HOLDING_A_SEAT);
    }

    long waiting(long eventId, String localityCode) {
        return count(eventId, localityCode, List.of(RegistrationStatus.WAITING));
    }

    /**
     * Moves waiting registrations of the locality up, first come first served, while seats are free
     * (after a cancellation, a rejection or a larger quota), and tells each of them. Call with the
     * quota locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Registration> fill(Event event, String localityCode, int seats) {
        long free = seats - holding(event.getId(), localityCode);
        if (free <= 0) {
            return List.of();
        }
        List<Registration> promoted = em.createQuery("""
                        select r from Registration r
                        where r.event.id = :event and r.localityCode = :locality and r.status = :waiting
                        order by r.queuedAt, r.id""", Registration.class)
                .setParameter("event", event.getId())
                .setParameter("locality", localityCode)
                .setParameter("waiting", RegistrationStatus.WAITING)
                .setMaxResults((int) Math.min(free, Integer.MAX_VALUE))
                .getResultList();
        promoted.forEach(registration -> {
            registration.setStatus(seatedStatus(event));
            notices.movedUp(registration);
        });
        return promoted;
    }

    /** What a registration that gets a seat becomes: held for approval, or confirmed. */
    static RegistrationStatus seatedStatus(Event event) {
        return event.isApprovalRequired() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
    }

    /**
     * The place of a waiting registration in its locality's line, 1 for the next to move up. Both
     * sides of the comparison are read from the database: a time passed in as a parameter can be
     * finer than the column keeps it, and would then never equal itself.
     */
    long placeInLine(Registration registration) {
        return em.createQuery("""
                        select count(r) from Registration r, Registration mine
                        where mine.id = :id and r.event = mine.event and r.localityCode = mine.localityCode
                          and r.status = :waiting
                          and (r.queuedAt < mine.queuedAt or (r.queuedAt = mine.queuedAt and r.id <= mine.id))""",
                        Long.class)
                .setParameter("id", registration.getId())
                .setParameter("waiting", RegistrationStatus.WAITING)
                .getSingleResult();
    }

    /**
     * The seats held and the places waiting of several events at once, by event and locality
     * ({@code [held, waiting]}): one query for a whole calendar page instead of two per quota.
     */
    Map<Long, Map<String, long[]>> counts(Collection<Long> eventIds) {
        Map<Long, Map<String, long[]>> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        select r.event.id, r.localityCode, r.status, count(r) from Registration r
                        where r.event.id in :events and r.status in :counted
                        group by r.event.id, r.localityCode, r.status""", Object[].class)
                .setParameter("events", eventIds)
                .setParameter("counted", COUNTED)
                .getResultStream()
                .forEach(row -> {
                    long[] figures = counts.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                            .computeIfAbsent((String) row[1], locality -> new long[2]);
                    figures[row[2] == RegistrationStatus.WAITING ? 1 : 0] += (Long) row[3];
                });
        return counts;
    }

    private long count(long eventId, String localityCode, Collection<RegistrationStatus> statuses) {
        return em.createQuery("""
                        select count(r) from Registration r
                        where r.event.id = :event and r.localityCode = :locality and r.status in :statuses""", Long.class)
                .setParameter("event", eventId)
                .setParameter("locality", localityCode)
                .setParameter("statuses", statuses)
                .getSingleResult();
    }
}
