package org.gongxue.platform.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/** Carries a streaming decision out on a servlet response. */
public final class ServletResponseSink implements ResponseSink {

    private final HttpServletResponse response;

    public ServletResponseSink(HttpServletResponse response) {
        this.response = response;
    }

    @Override
    public void start(int status, Map<String, String> headers, boolean contentFollows) {
        response.setStatus(status);
        headers.forEach((name, value) -> {
            if ("Content-Length".equals(name)) {
                // Through the typed setter, so that the container knows the length and does not chunk.
                response.setContentLengthLong(Long.parseLong(value));
            } else {
                response.setHeader(name, value);
            }
        });
    }

    @Override
    public OutputStream body() throws IOException {
        return response.getOutputStream();
    }
}
