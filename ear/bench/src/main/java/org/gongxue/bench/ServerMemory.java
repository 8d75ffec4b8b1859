package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The heap of the platform's server, read from WildFly's management HTTP API
 * ({@code /core-service=platform-mbean/type=memory} and its memory pools): the JVM's own memory
 * beans, seen from outside the process. The API takes HTTP Digest, which the JDK's
 * HttpURLConnection speaks (its newer HttpClient does not).
 */
final class ServerMemory {

    private static final List<Map<String, String>> MEMORY =
            List.of(Map.of("core-service", "platform-mbean"), Map.of("type", "memory"));
    private static final List<Map<String, String>> POOLS =
            List.of(Map.of("core-service", "platform-mbean"), Map.of("type", "memory-pool"));

    private final URI endpoint;
    private final Authenticator credentials;
    private final ObjectMapper json = new ObjectMapper();

    ServerMemory(URI managementUrl, String user, String password) {
        this.endpoint = managementUrl.resolve("/management");
        this.credentials = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password.toCharArray());
            }
        };
    }

    /**
     * Heap in use now, in bytes: all of it, and the part outside the young generation's
     * allocation space (eden), which holds what survived at least one collection.
     */
    Heap heap() throws IOException {
        JsonNode pools = call(Map.of("operation", "read-children-resources", "address", POOLS,
                "child-type", "name", "include-runtime", true));
        long used = 0;
        long survived = 0;
        for (JsonNode pool : pools) {
            if (!"HEAP".equals(pool.path("type").asText())) {
                continue;
            }
            long poolUsed = pool.path("usage").path("used").asLong();
            used += poolUsed;
            if (!pool.path("name").asText().contains("Eden")) {
                survived += poolUsed;
            }
        }
        return new Heap(used, survived);
    }

    /** The largest heap the server may grow to (-Xmx). */
    long maxHeap() throws IOException {
        return call(Map.of("operation", "read-attribute", "address", MEMORY, "name", "heap-memory-usage"))
                .path("max").asLong();
    }

    /** Asks the server's JVM for a full collection (System.gc()), so that what is in use is what is live. */
    void collectGarbage() throws IOException {
        call(Map.of("operation", "gc", "address", MEMORY));
    }

    private JsonNode call(Map<String, Object> operation) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
        connection.setAuthenticator(credentials);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        try (OutputStream out = connection.getOutputStream()) {
            json.writeValue(out, operation);
        }
        int status = connection.getResponseCode();
        try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            JsonNode answer = in == null ? json.missingNode() : json.readTree(in);
            if (status != 200 || !"success".equals(answer.path("outcome").asText())) {
                throw new IOException("WildFly management " + operation.get("operation") + " answered " + status
                        + ": " + answer);
            }
            return answer.path("result");
        }
    }

    /** Bytes of heap in use: all of it, and what has survived a collection (outside eden). */
    record Heap(long used, long survived) {
    }
}
