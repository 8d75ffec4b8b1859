package org.gongxue.platform.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * The response as {@link ObjectStreamer} needs it, so that a servlet ({@link ServletResponseSink}),
 * a JAX-RS resource or a test's HTTP server can carry the same decisions.
 */
public interface ResponseSink {

    /**
     * Sets the status and header fields; called once, first.
     *
     * @param contentFollows whether {@link #body()} will be asked for; false for HEAD, 304, 412 and
     *                       416, whose Content-Length (if any) describes content not sent
     */
    void start(int status, Map<String, String> headers, boolean contentFollows) throws IOException;

    /** The stream to write the content to; called at most once, after {@link #start}. */
    OutputStream body() throws IOException;
}
