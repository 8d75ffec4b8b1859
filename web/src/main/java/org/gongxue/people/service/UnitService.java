package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gongxue.people.model.Unit;

/** Units (单位) per locality: listed for forms, matched by name for the roster import. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    public List<UnitView> unitsOf(String localityCode) {
        return em.createQuery("select u from Unit u where u.localityCode = :locality order by u.name", Unit.class)
                .setParameter("locality", localityCode)
                .getResultStream().map(UnitView::new).toList();
    }

    /** The unit of this name in this locality, for matching a roster's unit column. */
    public Optional<UnitView> byName(String localityCode, String name) {
        return em.createQuery("select u from Unit u where u.localityCode = :locality and u.name = :name", Unit.class)
                .setParameter("locality", localityCode)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream().findFirst().map(UnitView::new);
    }
}
