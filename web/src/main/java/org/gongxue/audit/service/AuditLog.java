package org.gongxue.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.model.AuditEntry;
import org.gongxue.platform.access.Actor;

/**
 * Writes the audit log. Administrative changes are recorded in the transaction that makes them,
 * so that a change rolled back leaves no entry and a committed change always has one. Every entry
 * is also written to the server log (category {@code org.gongxue.audit}). Never pass a password.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.gongxue.audit");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    public void record(Actor actor, AuditAction action, String target, String detail) {
        record(actor.username(), actor.address(), action, target, detail);
    }

    public void record(String actor, String address, AuditAction action, String target, String detail) {
        em.persist(new AuditEntry(actor, address, action, target, detail));
        LOG.info(() -> action + " by " + actor + " from " + address + " on " + target
                + (detail == null ? "" : ": " + detail));
    }

    /** The newest entries about one target (e.g. {@code person:42}) or by one actor, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> recent(String actorOrTarget, int limit) {
        return em.createQuery("""
                        select e from AuditEntry e
                        where e.actor = :key or e.target = :key
                        order by e.occurredAt desc, e.id desc""", AuditEntry.class)
                .setParameter("key", actorOrTarget)
                .setMaxResults(limit)
                .getResultStream().map(AuditEntryView::of).toList();
    }
}
