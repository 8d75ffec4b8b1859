package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.library.model.Course;
import org.gongxue.library.model.Lecture;
import org.gongxue.library.model.Material;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.outbox.Outbox;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * The database side of materials, one short transaction per call: the only writer of material
 * rows. The bytes are stored before {@link #register} and outside any transaction (a 2 GB video
 * must not hold a database connection), so register re-checks everything it was told.
 */
@ApplicationScoped
@Transactional
class MaterialRecords {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Visibility visibility;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    /**
     * Checks, before any byte is stored, that the actor may add a material of this slot to the
     * lecture, or replace the material named; returns the slot the new material will have (a
     * replacement keeps the slot of the material it replaces).
     */
    MaterialSlot admit(Actor actor, long lectureId, MaterialSlot slot, Long replacesMaterialId) {
        return admit(editableLecture(actor, lectureId), slot, replacesMaterialId);
    }

    /** Records a stored object as a material waiting for processing, and the event that asks for it, together. */
    MaterialView register(Actor actor, NewMaterial uploaded) {
        Lecture lecture = editableLecture(actor, uploaded.lectureId());
        MaterialSlot slot = admit(lecture, uploaded.slot(), uploaded.replacesMaterialId());
        if (uploaded.replacesMaterialId() != null) {
            remove(em.find(Material.class, uploaded.replacesMaterialId()));
        }
        Material material = new Material(lecture, slot, uploaded.originalName(), uploaded.objectKey(),
                uploaded.mediaType(), uploaded.size(), actor.personId());
        em.persist(material);
        lecture.getMaterials().add(material);
        if (uploaded.uploadSessionId() != null) {
            em.createQuery("delete from UploadSession s where s.id = :id").setParameter("id", uploaded.uploadSessionId())
                    .executeUpdate();
        }
        outbox.enqueue(LibraryEvents.MATERIAL_PROCESS, material.getId().toString());
        audit.record(actor, uploaded.replacesMaterialId() == null ? AuditAction.MATERIAL_UPLOADED
                : AuditAction.MATERIAL_REPLACED, CourseService.target(lecture.getCourse()), describe(material));
        return new MaterialView(material);
    }

    /** Deletes a material; its objects and index entry are purged after commit by the outbox. */
    void delete(Actor actor, long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw new CourseNotFoundException("Material " + materialId);
        }
        requireEditable(actor, material.getLecture().getCourse(), "Material " + materialId);
        remove(material);
        audit.record(actor, AuditAction.MATERIAL_DELETED, CourseService.target(material.getLecture().getCourse()),
                describe(material));
    }

    /** A material and its processing state, for whoever may see its course. */
    MaterialView find(Actor reader, long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null || !CourseRules.mayView(reader, visibility.audiencesOf(reader),
                material.getLecture().getCourse())) {
            throw new CourseNotFoundException("Material " + materialId);
        }
        return new MaterialView(material);
    }

    /**
     * The material the actor's upload under this token became, if it did: for a client asking
     * again to complete an upload whose first answer it never received.
     */
    Optional<MaterialView> uploadedUnder(Actor actor, String token) {
        return em.createQuery("select m from Material m where m.objectKey like :prefix and m.uploadedBy = :me",
                        Material.class)
                .setParameter("prefix", MaterialKeys.prefix(token) + "%")
                .setParameter("me", actor.personId())
                .getResultStream().findFirst().map(MaterialView::new);
    }

    private MaterialSlot admit(Lecture lecture, MaterialSlot slot, Long replacesMaterialId) {
        if (replacesMaterialId != null) {
            Material replaced = em.find(Material.class, replacesMaterialId);
            if (replaced == null || !replaced.getLecture().getId().equals(lecture.getId())) {
                throw InvalidInputException.of("replacesMaterialId", "library.teach.material.replaceUnknown");
            }
            return replaced.getSlot();
        }
        if (slot == null) {
            throw InvalidInputException.of("slot", "library.teach.material.slotRequired");
        }
        if (slot == MaterialSlot.VIDEO
                && lecture.getMaterials().stream().anyMatch(m -> m.getSlot() == MaterialSlot.VIDEO)) {
            throw InvalidInputException.of("slot", "library.teach.material.videoExists");
        }
        return slot;
    }

    /**
     * Removes the row and asks the outbox to purge its objects and re-index the course. Uploads
     * that were to replace it lose their purpose: their records go, and the sweeper aborts what
     * the store still holds of them.
     */
    private void remove(Material material) {
        Lecture lecture = material.getLecture();
        em.createQuery("delete from UploadSession s where s.replacesMaterialId = :id")
                .setParameter("id", material.getId()).executeUpdate();
        lecture.getMaterials().remove(material);
        em.remove(material);
        outbox.enqueue(LibraryEvents.MATERIAL_PURGE, new MaterialPurge(material.getId(), material.getObjectKey()).eventKey());
        outbox.enqueue(LibraryEvents.COURSE_INDEX, lecture.getCourse().getId().toString());
    }

    private Lecture editableLecture(Actor actor, long lectureId) {
        Lecture lecture = em.find(Lecture.class, lectureId);
        if (lecture == null) {
            throw new CourseNotFoundException("Lecture " + lectureId);
        }
        requireEditable(actor, lecture.getCourse(), "Lecture " + lectureId);
        return lecture;
    }

    /** The same answer as CourseService gives for its lectures: not found, or refused. */
    private static void requireEditable(Actor actor, Course course, String what) {
        if (!CourseRules.mayEdit(actor, course)) {
            throw new AccessDeniedException("Not an editor of " + what);
        }
    }

    private static String describe(Material material) {
        return material.getLecture().getTitle() + ": " + material.getOriginalName();
    }
}
