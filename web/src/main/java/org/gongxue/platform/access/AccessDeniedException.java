package org.gongxue.platform.access;

/** The actor may not do this; nothing was changed. Pages show 403, the REST API answers 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
