package org.gongxue.library.service.processing;

import org.gongxue.search.extraction.ExtractionException;
import org.gongxue.search.extraction.ExtractionTimeoutException;

/**
 * What an extraction failure means for the uploader. The extractor reports a parser's own
 * exception by its class name (its child process cannot send the exception itself), and a child
 * that died (out of its heap: a zip bomb) in a message of its own.
 */
final class ExtractionProblems {

    private static final String ENCRYPTED = "EncryptedDocumentException";
    private static final String CHILD_DIED = "parser process died";
    /** Apache POI's own guard against zip bombs, which the parser reports as an I/O error. */
    private static final String ZIP_BOMB = "Zip bomb detected";

    private ExtractionProblems() {
    }

    static ProcessingProblem of(ExtractionException failure) {
        if (failure instanceof ExtractionTimeoutException) {
            return ProcessingProblem.TOO_SLOW;
        }
        String message = String.valueOf(failure.getMessage());
        if (message.contains(ENCRYPTED)) {
            return ProcessingProblem.ENCRYPTED;
        }
        if (message.contains(CHILD_DIED) || message.contains(ZIP_BOMB)) {
            return ProcessingProblem.TOO_LARGE_WHEN_OPENED;
        }
        return ProcessingProblem.CORRUPT;
    }
}
