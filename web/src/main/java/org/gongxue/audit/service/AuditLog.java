package org.gongxue.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
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
    public static final int MAX_PAGE_SIZE = 200;
    private static final String MATCHING = " where lower(coalesce(e.actor, '')) like :pattern"
            + " or lower(coalesce(e.address, '')) like :pattern or lower(coalesce(e.target, '')) like :pattern"
            + " or lower(coalesce(e.detail, '')) like :pattern";

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

    /** Entries whose actor, address, target or detail contains {@code text} (blank: all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text) {
        return em.createQuery("select count(e) from AuditEntry e" + MATCHING, Long.class)
                .setParameter("pattern", pattern(text))
                .getSingleResult();
    }

    /** One page of the entries {@link #count} counts, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> page(String text, int first, int pageSize) {
        return em.createQuery("select e from AuditEntry e" + MATCHING + " order by e.occurredAt desc, e.id desc",
                        AuditEntry.class)
                .setParameter("pattern", pattern(text))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultStream().map(AuditEntryView::of).toList();
    }

    private static String pattern(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
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
