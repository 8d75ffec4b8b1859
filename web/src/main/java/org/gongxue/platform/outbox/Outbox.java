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

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String key) {
        Instant now = Instant.now();
        long waiting = em.createQuery("""
                        select count(e) from OutboxEvent e
                        where e.topic = :topic and e.key = :key and e.status = :pending
                          and e.leaseOwner is null and e.availableAt <= :now""", Long.class)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .getSingleResult();
        if (waiting == 0) {
            em.persist(new OutboxEvent(topic, key, now));
        }
    }
}
