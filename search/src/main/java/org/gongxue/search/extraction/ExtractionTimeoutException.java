package org.gongxue.search.extraction;

import java.time.Duration;

/** The parse ran past the time limit, and its child JVM was stopped. */
public final class ExtractionTimeoutException extends ExtractionException {

    private static final long serialVersionUID = 1L;

    public ExtractionTimeoutException(String documentName, Duration limit, Throwable cause) {
        super("Extracting " + documentName + " ran past the time limit of " + limit.toSeconds()
                + " s; its parser process was stopped", cause);
    }
}
