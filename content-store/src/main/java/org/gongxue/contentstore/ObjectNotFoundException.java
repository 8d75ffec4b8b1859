package org.gongxue.contentstore;

/** The bucket holds no object under the requested key. */
public class ObjectNotFoundException extends ContentStoreException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ObjectNotFoundException(String bucket, String key, Throwable cause) {
        super("no object with key '" + key + "' in bucket '" + bucket + "'", cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
