package org.gongxue.platform.upload;

/**
 * A file whose parts were assembled into one object, ready to be recorded.
 *
 * @param objectKey   where the file is in the store
 * @param size        its size in bytes, as the store reports it
 * @param etag        the store's entity tag
 * @param type        its type, detected from its first bytes
 * @param displayName its cleaned name, for display
 */
public record CompletedUpload(String objectKey, long size, String etag, DetectedType type, String displayName) {
}
