package org.gongxue.library.service;

import org.gongxue.library.model.MaterialSlot;

/**
 * What a client says about a file before sending it in chunks: the lecture it is for, its slot
 * (not needed when it replaces a material: the replacement keeps the slot), its name as on the
 * uploader's computer, and its size in bytes.
 */
public record UploadRequest(Long lectureId, MaterialSlot slot, String fileName, Long size, Long replacesMaterialId) {
}
