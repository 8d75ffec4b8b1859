package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreSettings;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Streams an object from the S3 server the build starts (S3Proxy) through {@link ObjectStreamer}
 * behind a real HTTP server (the JDK's), and checks what an HTTP client receives, byte for byte.
 */
class ObjectStreamerIT {

    private static final int LENGTH = 5 * 1024 * 1024 + 17;
    private static final byte[] CONTENT = new byte[LENGTH];

    private static ContentStore store;
    private static HttpServer server;
    private static URI objectUri;
    private static String etag;
    private static String lastModified;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void storeAnObjectAndServeIt() throws IOException {
        new Random(4).nextBytes(CONTENT);
        store = new ContentStore(ContentStoreSettings.from(name -> Optional.ofNullable(System.getProperty(name))));
        store.ensureBucket();
        String key = "it/" + UUID.randomUUID() + "/lecture.mp4";
        store.put(key, new ByteArrayInputStream(CONTENT), "video/mp4");

        ObjectStreamer streamer = new ObjectStreamer(ObjectSource.of(store));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/objects/", exchange -> serve(streamer, exchange));
        server.start();
        objectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/objects/" + key);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        store.close();
    }

    private static void serve(ObjectStreamer streamer, HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getPath().substring("/objects/".length());
        try (exchange) {
            try {
                streamer.stream(key, exchange.getRequestMethod(),
                        name -> exchange.getRequestHeaders().getOrDefault(name, List.of()), new ExchangeSink(exchange));
            } catch (ObjectNotFoundException e) {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    @Test
    void aPlainGetIsTheWholeObjectWithValidators() throws Exception {
        HttpResponse<byte[]> response = send(request());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(CONTENT);
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[^\"]+\""));
        assertThat(response.headers().firstValue("Last-Modified")).hasValueSatisfying(date -> assertThat(date).endsWith(" GMT"));
    }

    @Test
    void rangesAtTheStartMiddleAndEndAreByteExact() throws Exception {
        assertRange(0, 499);
        assertRange(LENGTH / 2 - 100_000, LENGTH / 2 + 100_000);
        assertRange(LENGTH - 1000, LENGTH - 1);
    }

    @Test
    void aSuffixRangeIsTheLastBytes() throws Exception {
        HttpResponse<byte[]> response = send(request().header("Range", "bytes=-500"));

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range"))
                .contains("bytes " + (LENGTH - 500) + "-" + (LENGTH - 1) + "/" + LENGTH);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(CONTENT, LENGTH - 500, LENGTH));
    }

    @Test
    void anUnsatisfiableRangeIs416WithTheLength() throws Exception {
        HttpResponse<byte[]> response = send(request().header("Range", "bytes=" + LENGTH + "-"));

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes */" + LENGTH);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void twoRangesComeBackAsMultipartByteranges() throws Exception {
        HttpResponse<byte[]> response = send(request().header("Range", "bytes=100-199,-50"));

        assertThat(response.statusCode()).isEqualTo(206);
        String contentType = response.headers().firstValue("Content-Type").orElseThrow();
        assertThat(contentType).startsWith("multipart/byteranges; boundary=");
        List<Part> parts = Part.parse(response.body(), contentType.substring(contentType.indexOf('=') + 1));
        assertThat(parts).extracting(Part::contentRange).containsExactly(
                "bytes 100-199/" + LENGTH, "bytes " + (LENGTH - 50) + "-" + (LENGTH - 1) + "/" + LENGTH);
        assertThat(parts).extracting(Part::contentType).containsOnly("video/mp4");
        assertThat(parts.get(0).bytes()).isEqualTo(Arrays.copyOfRange(CONTENT, 100, 200));
        assertThat(parts.get(1).bytes()).isEqualTo(Arrays.copyOfRange(CONTENT, LENGTH - 50, LENGTH));
    }

    @Test
    void ifRangeWithTheCurrentEtagServesTheRange() throws Exception {
        HttpResponse<byte[]> response = send(request().header("Range", "bytes=10-19").header("If-Range", etag()));

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(CONTENT, 10, 20));
    }

    @Test
    void ifRangeWithAnotherEtagSendsTheWholeObject() throws Exception {
        HttpResponse<byte[]> response = send(request().header("Range", "bytes=10-19").header("If-Range", "\"stale\""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Range")).isEmpty();
        assertThat(response.body()).isEqualTo(CONTENT);
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagIsNotModified() throws Exception {
        HttpResponse<byte[]> response = send(request().header("If-None-Match", etag()));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.headers().firstValue("ETag")).contains(etag());
        assertThat(response.body()).isEmpty();
    }

    @Test
    void ifModifiedSinceTheLastModificationIsNotModified() throws Exception {
        HttpResponse<byte[]> response = send(request().header("If-Modified-Since", lastModified()));

        assertThat(response.statusCode()).isEqualTo(304);
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<byte[]> response = send(request().method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(LENGTH));
        assertThat(response.headers().firstValue("ETag")).contains(etag());
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aMissingObjectIsLeftToTheCaller() throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                objectUri.resolve("no-such-object")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private void assertRange(int first, int last) throws Exception {
        HttpResponse<byte[]> response = send(request().header("Range", "bytes=" + first + "-" + last));

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes " + first + "-" + last + "/" + LENGTH);
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(last - first + 1));
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(CONTENT, first, last + 1));
    }

    private String etag() throws Exception {
        if (etag == null) {
            etag = send(request().method("HEAD", HttpRequest.BodyPublishers.noBody())).headers()
                    .firstValue("ETag").orElseThrow();
        }
        return etag;
    }

    private String lastModified() throws Exception {
        if (lastModified == null) {
            lastModified = send(request().method("HEAD", HttpRequest.BodyPublishers.noBody())).headers()
                    .firstValue("Last-Modified").orElseThrow();
        }
        return lastModified;
    }

    private static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(objectUri);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Adapts the JDK server's exchange, which takes the content length as an argument. */
    private static final class ExchangeSink implements ResponseSink {

        private final HttpExchange exchange;

        ExchangeSink(HttpExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void start(int status, Map<String, String> headers, boolean contentFollows) throws IOException {
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (contentFollows) {
                exchange.sendResponseHeaders(status, Long.parseLong(headers.get("Content-Length")));
            } else {
                // -1: no content; a HEAD keeps the Content-Length set above.
                exchange.sendResponseHeaders(status, -1);
            }
        }

        @Override
        public OutputStream body() {
            return exchange.getResponseBody();
        }
    }

    /** One part of a multipart/byteranges body, read back as a client would (RFC 9110 §14.6). */
    private record Part(String contentType, String contentRange, byte[] bytes) {

        static List<Part> parse(byte[] body, String boundary) {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String delimiter = "--" + boundary;
            List<Part> parts = new ArrayList<>();
            int at = text.indexOf(delimiter + "\r\n");
            while (at >= 0) {
                int headersEnd = text.indexOf("\r\n\r\n", at);
                String contentType = null;
                String contentRange = null;
                for (String line : text.substring(at + delimiter.length() + 2, headersEnd).split("\r\n")) {
                    String[] field = line.split(": ", 2);
                    if (field[0].equalsIgnoreCase("Content-Type")) {
                        contentType = field[1];
                    } else if (field[0].equalsIgnoreCase("Content-Range")) {
                        contentRange = field[1];
                    }
                }
                String[] span = contentRange.substring("bytes ".length(), contentRange.indexOf('/')).split("-");
                int length = (int) (Long.parseLong(span[1]) - Long.parseLong(span[0]) + 1);
                int start = headersEnd + 4;
                parts.add(new Part(contentType, contentRange, Arrays.copyOfRange(body, start, start + length)));
                String after = text.substring(start + length);
                assertThat(after).startsWith("\r\n" + delimiter);
                at = after.startsWith("\r\n" + delimiter + "--") ? -1 : start + length + 2;
            }
            return parts;
        }
    }
}
