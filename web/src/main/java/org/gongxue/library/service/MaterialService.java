package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.CompletedUpload;
import org.gongxue.platform.upload.UploadSessions;

/**
 * The materials of lectures: storing an uploaded file as a material, its processing state,
 * replacing and deleting it. Bytes go to the object store first, outside any transaction; then
 * one transaction records the material and the outbox event that has it processed. A failure in
 * between deletes the object, so that a failed upload leaves no row and no object, and a row
 * always has its bytes; what a crash leaves the sweeper removes (OrphanSweep).
 */
@ApplicationScoped
public class MaterialService {

    private static final Logger LOG = Logger.getLogger(MaterialService.class.getName());

    @Inject
    MaterialRecords records;

    @Inject
    UploadSessions engine;

    @Inject
    ContentStore store;

    /**
     * Stores a file sent whole (demo content, small REST uploads) as a new material of the
     * lecture: the same checks as a chunked upload (type from the bytes, the slot's allow-list
     * and size limit, the name cleaned), streamed with bounded memory.
     *
     * @param size the number of bytes {@code content} holds; another number is refused
     */
    public MaterialView store(Actor actor, long lectureId, MaterialSlot slot, String fileName, InputStream content,
                              long size) {
        return store(actor, lectureId, slot, null, fileName, content, size);
    }

    /** Stores a file sent whole in place of a material, which keeps its slot; the old one is purged. */
    public MaterialView replace(Actor actor, long materialId, String fileName, InputStream content, long size) {
        MaterialView replaced = records.find(actor, materialId);
        return store(actor, replaced.getLectureId(), null, materialId, fileName, content, size);
    }

    /** The largest file a slot takes (the upload engine's limit for its kind of file). */
    public long maxSize(MaterialSlot slot) {
        return engine.settings().maxSize(SlotKinds.of(slot));
    }

    /** A material and its processing state, for whoever may see its course. */
    public MaterialView find(Actor reader, long materialId) {
        return records.find(reader, materialId);
    }

    /** Deletes a material; its stored objects and index entry are purged after commit. */
    public void delete(Actor actor, long materialId) {
        records.delete(actor, materialId);
    }

    /** Records a stored object as a material, or deletes the object when it cannot be recorded. */
    MaterialView keep(Actor actor, NewMaterial stored) {
        try {
            return records.register(actor, stored);
        } catch (RuntimeException e) {
            try {
                store.delete(stored.objectKey());
            } catch (RuntimeException deleteFailed) {
                e.addSuppressed(deleteFailed);
                LOG.log(Level.WARNING, "Could not delete " + stored.objectKey() + " of a refused upload;"
                        + " the sweeper will", deleteFailed);
            }
            throw e;
        }
    }

    private MaterialView store(Actor actor, long lectureId, MaterialSlot slot, Long replacesMaterialId,
                               String fileName, InputStream content, long size) {
        MaterialSlot admitted = records.admit(actor, lectureId, slot, replacesMaterialId);
        CompletedUpload stored = engine.storeWhole(SlotKinds.of(admitted), MaterialKeys.prefix(MaterialKeys.newToken()),
                fileName, content, size);
        return keep(actor, new NewMaterial(lectureId, admitted, stored.displayName(), stored.objectKey(),
                stored.type().mediaType(), stored.size(), replacesMaterialId, null));
    }
}
