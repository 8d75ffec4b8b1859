package org.gongxue.search.extraction;

import java.io.IOException;

import org.apache.tika.exception.TikaException;

/**
 * Tells apart what a TikaException from ForkParser means.
 *
 * <p>In its "tikaBin" mode ForkParser (tika-core 3.3.1) deserializes the child's exceptions
 * without a class loader, so only JDK classes resolve: a parser's TikaException arrives as an
 * IOException "Unable to deserialize an exception", caused by a ClassNotFoundException that
 * names the exception class; its message is lost, and ForkParser replaces the (healthy) child.
 * A child that really died (stopped by its own watchdog at the time limit, out of heap,
 * crashed) shows as an IOException without that cause. Both arrive wrapped in the same
 * TikaException "Failed to communicate with a forked parser process".
 */
final class ForkFailures {

    private ForkFailures() {
    }

    /**
     * @param pastTimeLimit whether the parse had run for the time limit when it failed: the
     *                      child's only way to stop a parse at the limit is to end itself, so a
     *                      death after the limit is the timeout, an earlier one a crash
     */
    static ExtractionException toExtractionException(TikaException e, String documentName,
                                                     ExtractionSettings settings, boolean pastTimeLimit) {
        if (!(e.getCause() instanceof IOException lostChild)) {
            return new ExtractionException("Tika could not parse " + documentName + ": " + e.getMessage(), e);
        }
        if (lostChild.getCause() instanceof ClassNotFoundException parserError) {
            String exceptionClass = parserError.getMessage().replace('/', '.');
            return new ExtractionException("Tika could not parse " + documentName + ": the parser failed with "
                    + exceptionClass, e);
        }
        if (pastTimeLimit) {
            return new ExtractionTimeoutException(documentName, settings.timeout(), e);
        }
        return new ExtractionException("The parser process died while extracting " + documentName + " (out of its "
                + settings.childHeap() + " heap, or crashed); the next document gets a new one", e);
    }
}
