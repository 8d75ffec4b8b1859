package org.gongxue.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;

/**
 * What platform administrators see of the outbox and do with it: the events that ended FAILED,
 * with their last error, and "try again". Events of every feature and locality pass through the
 * outbox, so only platform administrators may act on them.
 */
@ApplicationScoped
@Transactional
public class OutboxAdministration {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countFailed() {
        return em.createQuery("select count(e) from OutboxEvent e where e.status = :failed", Long.class)
                .setParameter("failed", OutboxStatus.FAILED)
                .getSingleResult();
    }

    /** Events waiting to be handled (or retried), for the administrators' overview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countPending() {
        return em.createQuery("select count(e) from OutboxEvent e where e.status = :pending", Long.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .getSingleResult();
    }

    /** One page of the failed events, the most recent failure first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FailedEventView> failed(int first, int pageSize) {
        return em.createQuery("select e from OutboxEvent e where e.status = :failed order by e.finishedAt desc, e.id desc",
                        OutboxEvent.class)
                .setParameter("failed", OutboxStatus.FAILED)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultStream().map(FailedEventView::new).toList();
    }

    /**
     * Gives a failed event all its attempts again, due now. An event that is no longer FAILED
     * (retried by another administrator meanwhile) is left alone.
     *
     * @return whether the event was failed and is now queued again
     */
    public boolean retry(Actor actor, long eventId) {
        requirePlatformAdministrator(actor);
        OutboxEvent event = em.find(OutboxEvent.class, eventId);
        if (event == null || event.getStatus() != OutboxStatus.FAILED) {
            return false;
        }
        event.requeue(Instant.now());
        audit.record(actor, AuditAction.OUTBOX_EVENT_RETRIED, "outbox:" + eventId,
                event.getTopic() + " " + event.getKey());
        return true;
    }

    /** Queues every failed event again, e.g. after the cause of many failures was fixed. */
    public int retryAll(Actor actor) {
        requirePlatformAdministrator(actor);
        List<OutboxEvent> failed = em.createQuery("select e from OutboxEvent e where e.status = :failed",
                        OutboxEvent.class)
                .setParameter("failed", OutboxStatus.FAILED)
                .getResultList();
        Instant now = Instant.now();
        failed.forEach(event -> event.requeue(now));
        if (!failed.isEmpty()) {
            audit.record(actor, AuditAction.OUTBOX_EVENT_RETRIED, "outbox:*", failed.size() + " events");
        }
        return failed.size();
    }

    private static void requirePlatformAdministrator(Actor actor) {
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform administrators act on the outbox");
        }
    }
}
