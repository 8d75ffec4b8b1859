package org.gongxue.contentstore;

/**
 * The store holds no unfinished upload with this id for this key: it was never started, or it
 * has been completed or aborted since (a sweeper may have aborted it for being stale).
 */
public class UploadNotFoundException extends ContentStoreException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String uploadId;

    public UploadNotFoundException(String key, UploadId uploadId, Throwable cause) {
        super("no unfinished upload '" + uploadId + "' of object '" + key
                + "': it was never started, or has been completed or aborted", cause);
        this.key = key;
        this.uploadId = uploadId.value();
    }

    public String key() {
        return key;
    }

    public UploadId uploadId() {
        return new UploadId(uploadId);
    }
}
