package org.gongxue.contentstore;

import java.time.Instant;

/**
 * A resumable upload the store still holds parts for: neither completed nor aborted.
 *
 * @param key       the key the object will have once completed
 * @param uploadId  the upload's id
 * @param initiated when the upload was started
 */
public record UnfinishedUpload(String key, UploadId uploadId, Instant initiated) {
}
