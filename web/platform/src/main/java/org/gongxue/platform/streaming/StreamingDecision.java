package org.gongxue.platform.streaming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The complete answer to one GET or HEAD of a stored object, decided before any byte is read.
 *
 * @param status  the HTTP status code
 * @param headers header fields in the order to send them, Content-Length included when known
 * @param body    what follows the headers
 */
public record StreamingDecision(int status, Map<String, String> headers, ResponseBody body) {

    public StreamingDecision {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public String header(String name) {
        return headers.get(name);
    }
}
