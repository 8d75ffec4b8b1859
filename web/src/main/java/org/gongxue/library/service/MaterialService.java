package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongxue.platform.access.Actor;

/**
 * The materials of lectures: storing an uploaded file as a material, its processing state,
 * deleting it. Bytes go to the object store first, outside any transaction; then one transaction
 * records the material and the outbox event that has it processed, so that a failed upload
 * leaves no row, and a row always has its bytes.
 */
@ApplicationScoped
public class MaterialService {

    @Inject
    MaterialRecords records;

    /** A material and its processing state, for whoever may see its course. */
    public MaterialView find(Actor reader, long materialId) {
        return records.find(reader, materialId);
    }

    /** Deletes a material; its stored objects and index entry are purged after commit. */
    public void delete(Actor actor, long materialId) {
        records.delete(actor, materialId);
    }
}
