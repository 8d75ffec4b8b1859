package org.gongxue.chair.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.chair.model.ChairTerm;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * The rotation calendar of the chair (轮值组长制): which locality chairs on which day, and whether
 * an administrator acts for the chair. Terms never overlap, so a day has at most one chair. The
 * three localities agree on the rotation; a platform administrator records it.
 */
@ApplicationScoped
@Transactional
public class ChairCalendar {

    /** Only the three localities take turns; the zone is what they chair. */
    static final Set<String> ROTATING = Set.of("QINGPU", "WUJIANG", "JIASHAN");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    AuditLog audit;

    public long addTerm(Actor actor, ChairTermDraft draft) {
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform administrators record the chair rotation");
        }
        check(draft);
        // Serializes concurrent additions: the overlap check below must see every committed term.
        em.createQuery("select l from Locality l where l.code = 'ZONE'").setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (!overlapping(draft.startsOn(), draft.endsOn()).isEmpty()) {
            throw InvalidInputException.of("startsOn", "chair.term.overlaps");
        }
        ChairTerm term = new ChairTerm(draft.localityCode(), draft.startsOn(), draft.endsOn());
        em.persist(term);
        audit.record(actor, AuditAction.CHAIR_TERM_ADDED, "chair-term:" + term.getId(),
                term.getLocalityCode() + " " + term.getStartsOn() + "–" + term.getEndsOn());
        return term.getId();
    }

    public void removeTerm(Actor actor, long termId) {
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform administrators record the chair rotation");
        }
        ChairTerm term = em.find(ChairTerm.class, termId);
        if (term == null) {
            throw InvalidInputException.of("id", "chair.term.unknown");
        }
        em.remove(term);
        audit.record(actor, AuditAction.CHAIR_TERM_REMOVED, "chair-term:" + termId, term.getLocalityCode());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChairTermView> terms() {
        return em.createQuery("select t from ChairTerm t order by t.startsOn", ChairTerm.class)
                .getResultStream().map(ChairTermView::new).toList();
    }

    /** The locality chairing on that day, if the rotation covers it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChairTermView> on(LocalDate day) {
        return overlapping(day, day).stream().findFirst().map(ChairTermView::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChairTermView> current() {
        return on(ZoneClock.today());
    }

    /** Does the actor administer the locality that chairs on that day (and so its shared events)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean actsForChair(Actor actor, LocalDate day) {
        return actor.has(Role.LOCALITY_ADMIN)
                && on(day).map(term -> term.getLocalityCode().equals(actor.localityCode())).orElse(false);
    }

    private List<ChairTerm> overlapping(LocalDate from, LocalDate to) {
        return em.createQuery("select t from ChairTerm t where t.startsOn <= :to and t.endsOn >= :from",
                        ChairTerm.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static void check(ChairTermDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.localityCode() == null || !ROTATING.contains(draft.localityCode())) {
            problems.add(Problem.of("localityCode", "chair.term.locality.invalid"));
        }
        if (draft.startsOn() == null || draft.endsOn() == null) {
            problems.add(Problem.of("startsOn", "chair.term.dates.required"));
        } else if (draft.endsOn().isBefore(draft.startsOn())) {
            problems.add(Problem.of("endsOn", "chair.term.dates.order"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
