package org.gongxue.contentstore;

/**
 * A failure of the content store: the endpoint could not be reached, refused the credentials,
 * answered with an error, or the content to store could not be read. Unchecked, because callers
 * (request handlers, workers) can rarely do more than report it and roll back.
 */
public class ContentStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentStoreException(String message) {
        super(message);
    }

    public ContentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
