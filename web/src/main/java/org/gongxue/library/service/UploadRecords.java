package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongxue.contentstore.UploadId;
import org.gongxue.library.model.UploadSession;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.ChunkedUpload;
import org.gongxue.platform.upload.UploadRefusedException;

/** The records of uploads in progress (upload_session), one short transaction per call. */
@ApplicationScoped
@Transactional
class UploadRecords {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    void save(UploadSession session) {
        em.persist(session);
    }

    /**
     * The actor's upload with this id. Someone else's upload, like one that is gone, does not
     * exist for them: upload ids are not secrets to rely on, the record's owner is.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    UploadSession owned(Actor actor, String id) {
        UploadSession session = id == null ? null : em.find(UploadSession.class, id);
        if (session == null || session.getCreatedBy() != actor.personId()) {
            throw new UploadRefusedException(UploadRefusedException.Reason.UPLOAD_GONE,
                    "no upload '" + id + "' of " + actor.username());
        }
        return session;
    }

    /** Each chunk received keeps an upload from being swept for another lifetime. */
    void extend(String id, Instant until) {
        UploadSession session = em.find(UploadSession.class, id);
        if (session != null) {
            session.extendUntil(until);
        }
    }

    void delete(String id) {
        em.createQuery("delete from UploadSession s where s.id = :id").setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<UploadSession> expiredAt(Instant now) {
        return em.createQuery("select s from UploadSession s where s.expiresAt < :now order by s.expiresAt",
                UploadSession.class).setParameter("now", now).getResultList();
    }

    /**
     * The tokens (see MaterialKeys) of every prefix a material or an upload in progress claims:
     * what the sweeper must leave alone.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Set<String> claimedTokens() {
        Set<String> tokens = new HashSet<>(em.createQuery("select s.id from UploadSession s", String.class)
                .getResultList());
        em.createQuery("select m.objectKey from Material m", String.class).getResultStream()
                .map(MaterialKeys::tokenOf).flatMap(Optional::stream).forEach(tokens::add);
        return tokens;
    }

    static ChunkedUpload chunked(UploadSession session) {
        return new ChunkedUpload(session.getObjectKey(), new UploadId(session.getS3UploadId()),
                SlotKinds.of(session.getSlot()), session.getOriginalName(), session.getDeclaredSize(),
                session.getChunkSize());
    }
}
