package org.gongxue.contentstore;

import java.time.Instant;

/**
 * The metadata of a stored object, as the server reports it.
 *
 * @param key          the object's key
 * @param size         size in bytes
 * @param etag         the server's entity tag
 * @param lastModified when the object was last written
 * @param contentType  the content type given when it was stored
 */
public record ObjectInfo(String key, long size, String etag, Instant lastModified, String contentType) {
}
