package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gongxue.library.model.Material;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.platform.outbox.Outbox;

/**
 * Moves a material through processing, each step in a short transaction of its own: the work in
 * between (reading a 2 GB video, a two-minute parse) holds no database connection. The end of
 * processing queues the course for indexing in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MaterialStates {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Marks the material PROCESSING; empty when it was deleted meanwhile. */
    public Optional<MaterialWork> start(long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            return Optional.empty();
        }
        material.startProcessing();
        return Optional.of(new MaterialWork(material.getId(), courseOf(material), material.getSlot(),
                material.getOriginalName(), material.getObjectKey()));
    }

    /**
     * Records what processing made of the material and makes it READY.
     *
     * @return false when the material was deleted while it was processed: what was derived is
     *         then nobody's, and the caller removes it
     */
    public boolean finish(MaterialWork work, ProcessedMaterial result) {
        Material material = em.find(Material.class, work.materialId());
        if (material == null) {
            return false;
        }
        material.setMediaType(result.mediaType() == null ? material.getMediaType() : result.mediaType());
        material.setTextKey(result.textKey());
        material.setCuesKey(result.cuesKey());
        material.setPosterKey(result.posterKey());
        material.setRenditionKey(result.renditionKey());
        material.setDurationSeconds(result.durationSeconds());
        material.setSectionCount(result.sectionCount());
        material.markReady(result.note() == null ? null : result.note().messageKey());
        queueIndexing(material);
        return true;
    }

    /** Ends processing FAILED with the problem's text for the uploader; a deleted material is left alone. */
    public void fail(long materialId, ProcessingProblem problem) {
        Material material = em.find(Material.class, materialId);
        if (material != null) {
            material.markFailed(problem.messageKey());
            // It may have been searchable before (processed again by an administrator): no longer.
            queueIndexing(material);
        }
    }

    private void queueIndexing(Material material) {
        outbox.enqueue(LibraryEvents.COURSE_INDEX, Long.toString(courseOf(material)));
    }

    private static long courseOf(Material material) {
        return material.getLecture().getCourse().getId();
    }
}
