package org.gongxue.library.service.processing;

import org.gongxue.library.model.MaterialSlot;

/** A material to process, as it was when processing started. */
public record MaterialWork(long materialId, long courseId, MaterialSlot slot, String originalName, String objectKey) {
}
