package org.gongxue.contentstore;

/**
 * The store's name for one resumable upload, given by {@link ContentStore#startUpload}. Callers
 * persist it with the object's key: both are needed for every later call, and together they are
 * all the state an upload has outside the store.
 *
 * @param value the S3 upload id, opaque
 */
public record UploadId(String value) {

    public UploadId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an upload id must not be empty");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
