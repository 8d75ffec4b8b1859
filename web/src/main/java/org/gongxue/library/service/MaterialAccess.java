package org.gongxue.library.service;

import org.gongxue.library.model.Material;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;

/**
 * Where the bytes of a material the reader may see are stored: for the streaming and download
 * endpoints only, after {@link CourseCatalog#readableMaterial} checked the reader. Never sent to a
 * client.
 */
public record MaterialAccess(long materialId, long lectureId, long courseId, MaterialSlot slot, String originalName,
                             String mediaType, ProcessingState state, String objectKey, String renditionKey,
                             String posterKey, String cuesKey, String textKey) {

    static MaterialAccess of(Material material) {
        return new MaterialAccess(material.getId(), material.getLecture().getId(),
                material.getLecture().getCourse().getId(), material.getSlot(), material.getOriginalName(),
                material.getMediaType(), material.getState(), material.getObjectKey(), material.getRenditionKey(),
                material.getPosterKey(), material.getCuesKey(), material.getTextKey());
    }
}
