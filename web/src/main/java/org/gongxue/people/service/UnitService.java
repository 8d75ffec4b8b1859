package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.model.Unit;
import org.gongxue.people.model.UnitKind;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;

/** Units (单位) per locality: listed for forms and the roster import, created by administrators. */
@ApplicationScoped
@Transactional
public class UnitService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> unitsOf(String localityCode) {
        return em.createQuery("select u from Unit u where u.localityCode = :locality order by u.name", Unit.class)
                .setParameter("locality", localityCode)
                .getResultStream().map(UnitView::new).toList();
    }

    /** The unit of this name in this locality, for matching a roster's unit column. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitView> byName(String localityCode, String name) {
        return em.createQuery("select u from Unit u where u.localityCode = :locality and u.name = :name", Unit.class)
                .setParameter("locality", localityCode)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream().findFirst().map(UnitView::new);
    }

    public UnitView create(Actor actor, String localityCode, String name, UnitKind kind) {
        if (!actor.mayAdminister(localityCode)) {
            throw new AccessDeniedException(actor.username() + " may not create units in " + localityCode);
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw InvalidInputException.of("name", "unit.problem.nameRequired");
        }
        if (byName(localityCode, name).isPresent()) {
            throw InvalidInputException.of("name", "unit.problem.nameTaken");
        }
        Unit unit = new Unit(localityCode, name.strip(), kind);
        em.persist(unit);
        em.flush();
        audit.record(actor, AuditAction.UNIT_CREATED, "unit:" + unit.getId(), unit.getName());
        return new UnitView(unit);
    }
}
