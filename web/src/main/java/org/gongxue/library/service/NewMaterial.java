package org.gongxue.library.service;

import org.gongxue.library.model.MaterialSlot;

/**
 * An uploaded object, checked and stored, about to become a material. {@code replacesMaterialId}
 * names the material it takes the place of, or null; {@code uploadSessionId} the record of the
 * chunked upload that brought it, which goes when the material comes, or null.
 */
record NewMaterial(long lectureId, MaterialSlot slot, String originalName, String objectKey, String mediaType,
                   long size, Long replacesMaterialId, String uploadSessionId) {
}
