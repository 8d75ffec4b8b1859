package org.gongxue.search.extraction;

/**
 * A document could not be extracted: the parser rejected it, its process died, or it ran past
 * the time limit ({@link ExtractionTimeoutException}). The extractor stays usable.
 */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
