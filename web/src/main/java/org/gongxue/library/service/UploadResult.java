package org.gongxue.library.service;

import org.gongxue.library.model.ProcessingState;

/** A completed upload: the material it became, and where that stands in processing (QUEUED at first). */
public record UploadResult(long materialId, ProcessingState state) {
}
