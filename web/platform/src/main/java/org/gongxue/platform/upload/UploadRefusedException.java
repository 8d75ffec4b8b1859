package org.gongxue.platform.upload;

/**
 * An upload, a chunk or a completion refused for what the client sent; nothing changed. The
 * message (English, for logs) has the details; {@link #messageKey()} names the text to show.
 */
public class UploadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; each has a suggested HTTP status for the REST API. */
    public enum Reason {
        /** The declared size is 0 (400). */
        EMPTY_FILE,
        /** The declared size is above the kind's limit (413). */
        TOO_LARGE,
        /** Nothing is left of the file name once cleaned (400). */
        NAME_UNUSABLE,
        /** The type detected from the bytes is not one the kind accepts (415). */
        TYPE_NOT_ALLOWED,
        /** The part number is outside 1 to the upload's part count (400). */
        NO_SUCH_PART,
        /** The chunk's length is not that of its part (400). */
        WRONG_CHUNK_LENGTH,
        /** The chunk does not start where a part starts (400). */
        CHUNK_NOT_ALIGNED,
        /** Completion was asked for while parts are missing (409); the client sends them and asks again. */
        PARTS_MISSING,
        /** A file sent whole has fewer or more bytes than declared (400); nothing was kept. */
        WRONG_SIZE,
        /** The store has no such upload: it was cancelled, completed or swept as stale (404). */
        UPLOAD_GONE
    }

    private final Reason reason;

    public UploadRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UploadRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle key of the text for people: {@code upload.refused.<REASON>}. */
    public String messageKey() {
        return "upload.refused." + reason.name();
    }
}
