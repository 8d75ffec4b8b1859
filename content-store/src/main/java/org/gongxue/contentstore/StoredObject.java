package org.gongxue.contentstore;

/**
 * What {@link ContentStore#put} wrote. The size and SHA-256 are computed from the bytes as they
 * were streamed, not reported by the server, so callers can record them as the content's
 * identity.
 *
 * @param key       the object's key
 * @param size      number of bytes stored
 * @param sha256Hex SHA-256 of the bytes, lower-case hexadecimal
 * @param etag      the server's entity tag (for multipart uploads not an MD5 of the content)
 */
public record StoredObject(String key, long size, String sha256Hex, String etag) {
}
