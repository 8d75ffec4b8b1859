package org.gongxue.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims due events for one worker and records their outcome, each in a short transaction of its
 * own. A claim is a conditional update ("take it if nobody holds a live lease"), so several
 * workers on several servers never handle the same event at once; a server that dies loses its
 * leases when they expire.
 *
 * <p>Events of one topic and key are also handled one after the other: an event is not claimed
 * while another of its topic and key is leased. Otherwise two workers could index the same
 * course at once, and the one that read the database first could write last. (Two claims in the
 * same instant could still both see no lease; the window is one short transaction wide.)
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    /** Up to {@code limit} due events, now leased to {@code owner} until {@code now + lease}. */
    public List<OutboxMessage> claim(String owner, int limit, Duration lease) {
        Instant now = Instant.now();
        List<Long> candidates = em.createQuery("""
                        select e.id from OutboxEvent e
                        where e.status = :pending and e.availableAt <= :now
                          and (e.leaseUntil is null or e.leaseUntil < :now)
                          and not exists (select o.id from OutboxEvent o
                                          where o.topic = e.topic and o.key = e.key and o.leaseUntil >= :now)
                        order by e.availableAt, e.id""", Long.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit * 2)
                .getResultList();
        List<OutboxMessage> claimed = new ArrayList<>();
        for (Long id : candidates) {
            if (claimed.size() == limit) {
                break;
            }
            int taken = em.createQuery("""
                            update OutboxEvent e set e.leaseOwner = :owner, e.leaseUntil = :until
                            where e.id = :id and e.status = :pending
                              and (e.leaseUntil is null or e.leaseUntil < :now)
                              and not exists (select o.id from OutboxEvent o where o.topic = e.topic
                                              and o.key = e.key and o.id <> e.id and o.leaseUntil >= :now)""")
                    .setParameter("owner", owner)
                    .setParameter("until", now.plus(lease))
                    .setParameter("id", id)
                    .setParameter("pending", OutboxStatus.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (taken == 1) {
                OutboxEvent event = em.find(OutboxEvent.class, id);
                em.refresh(event);
                claimed.add(new OutboxMessage(id, event.getTopic(), event.getKey(), event.getAttempts() + 1));
            }
        }
        return claimed;
    }

    public void succeeded(OutboxMessage message, String owner) {
        OutboxEvent event = held(message, owner);
        if (event != null) {
            event.succeed(Instant.now());
        }
    }

    public void failed(OutboxMessage message, String owner, String error, RetrySchedule retries) {
        OutboxEvent event = held(message, owner);
        if (event != null) {
            Instant now = Instant.now();
            event.fail(error, retries.nextAttempt(message.attempt(), now), now);
        }
    }

    /** Records that the handler could not reach a service: the event waits until {@code retryAt}, no attempt counted. */
    public void postponed(OutboxMessage message, String owner, String error, Instant retryAt) {
        OutboxEvent event = held(message, owner);
        if (event != null) {
            event.postpone(error, retryAt);
        }
    }

    /** The event, if this owner still holds it: a lease that expired and was taken over is not ours to record. */
    private OutboxEvent held(OutboxMessage message, String owner) {
        OutboxEvent event = em.find(OutboxEvent.class, message.id());
        return event != null && owner.equals(event.getLeaseOwner()) ? event : null;
    }
}
