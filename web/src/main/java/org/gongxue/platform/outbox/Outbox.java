package org.gongxue.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records that a change must reach another store, in the caller's transaction: the change and its
 * event commit together or not at all. Asking twice for the same topic and key before a worker
 * picks the first up records it once (ten edits of a course re-index it once); an event waiting
 * for a retry does not absorb a new change, which gets an event of its own.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    /**
     * Joins a waiting event by updating it rather than by merely seeing it: the update holds the
     * event's row until the caller commits, so a worker cannot claim it in between and handle it
     * with a read of the database from before the change (a course published as the worker read
     * it as a draft would never be indexed). A worker that claimed it first makes the update find
     * nothing, and the change gets an event of its own, handled after the claimed one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String key) {
        Instant now = Instant.now();
        int joined = em.createQuery("""
                        update OutboxEvent e set e.availableAt = :now
                        where e.topic = :topic and e.key = :key and e.status = :pending
                          and e.leaseOwner is null and e.availableAt <= :now""")
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (joined == 0) {
            em.persist(new OutboxEvent(topic, key, now));
        }
    }
}
