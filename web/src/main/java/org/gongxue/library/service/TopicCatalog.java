package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The topics (专题) courses can belong to, in display order. Names: bundle keys {@code topic.<CODE>}. */
@ApplicationScoped
public class TopicCatalog {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<String> codes() {
        return em.createNativeQuery("select code from topic order by sort_order").getResultList();
    }

    public boolean exists(String code) {
        return code != null && codes().contains(code);
    }
}
