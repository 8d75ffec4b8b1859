package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.gongxue.platform.upload.StoredObjectClaims;

/** The objects under {@link EventFiles#ROOT} that event files name: the rest there the orphan sweep removes. */
@ApplicationScoped
class EventFileClaims implements StoredObjectClaims {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Override
    public String root() {
        return EventFiles.ROOT;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> claimedKeys() {
        return new HashSet<>(em.createQuery("select f.objectKey from EventFile f", String.class).getResultList());
    }
}
