package org.gongxue.contentstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Runs the store against the S3 server that the build starts (S3Proxy). Every test writes under
 * its own random prefix, so runs against a reused data directory do not see each other's objects.
 */
class ContentStoreIT extends StoreIntegrationTest {

    private final String prefix = "it/" + UUID.randomUUID() + "/";

    @Test
    void storedBytesComeBackWithTheirSizeAndSha256() throws Exception {
        byte[] content = ("共学 · 示范区干部教育培训共同体\n").repeat(5_000).getBytes(StandardCharsets.UTF_8);
        String key = prefix + "lecture/讲义.txt";

        StoredObject stored = store.put(key, new ByteArrayInputStream(content), "text/plain; charset=UTF-8");

        assertThat(stored.key()).isEqualTo(key);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256Hex()).isEqualTo(sha256Hex(content));
        assertThat(stored.etag()).isNotBlank().doesNotContain("\"");
        try (InputStream in = store.get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        ObjectInfo info = store.stat(key);
        assertThat(info.key()).isEqualTo(key);
        assertThat(info.size()).isEqualTo(content.length);
        assertThat(info.etag()).isEqualTo(stored.etag());
        assertThat(info.contentType()).startsWith("text/plain");
        assertThat(info.lastModified()).isNotNull();
    }

    @Test
    void anEmptyStreamIsStoredAsAnEmptyObject() throws Exception {
        String key = prefix + "empty";

        StoredObject stored = store.put(key, InputStream.nullInputStream(), null);

        assertThat(stored.size()).isZero();
        assertThat(stored.sha256Hex()).isEqualTo(sha256Hex(new byte[0]));
        assertThat(store.stat(key).size()).isZero();
        assertThat(store.stat(key).contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void aRangeIsByteExactAndARangePastTheEndIsCutAtTheEnd() throws Exception {
        String key = prefix + "range";
        store.put(key, new GeneratedContent(3, 10_000), null);

        try (InputStream in = store.getRange(key, 1_234, 100)) {
            assertThat(in.readAllBytes()).isEqualTo(GeneratedContent.bytes(3, 1_234, 100));
        }
        try (InputStream in = store.getRange(key, 9_990, 100)) {
            assertThat(in.readAllBytes()).isEqualTo(GeneratedContent.bytes(3, 9_990, 10));
        }
        assertThatThrownBy(() -> store.getRange(key, 10_000, 1))
                .isInstanceOf(ContentStoreException.class)
                .hasMessageContaining("range is outside object '" + key + "'");
    }

    @Test
    void aMissingKeyIsObjectNotFoundNamingTheKey() {
        String key = prefix + "no-such-object";

        assertThatThrownBy(() -> store.stat(key))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining(key)
                .satisfies(e -> assertThat(((ObjectNotFoundException) e).key()).isEqualTo(key));
        assertThatThrownBy(() -> store.get(key))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining(key);
    }

    @Test
    void aDeletedObjectIsGone() {
        String key = prefix + "to-delete";
        store.put(key, new ByteArrayInputStream(new byte[] {1, 2, 3}), null);

        store.delete(key);

        assertThatThrownBy(() -> store.stat(key)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void listingByPrefixReturnsExactlyTheKeysUnderIt() {
        for (String name : new String[] {"course/1", "course/2", "course/slides/3", "courseware/4", "other/5"}) {
            store.put(prefix + name, new ByteArrayInputStream(new byte[] {42}), null);
        }

        assertThat(store.listKeys(prefix + "course/"))
                .containsExactly(prefix + "course/1", prefix + "course/2", prefix + "course/slides/3");
        assertThat(store.listKeys(prefix + "nothing/")).isEmpty();
    }

    @Test
    void aPresignedUrlServesTheWholeObjectAndRanges() throws Exception {
        String key = prefix + "video.mp4";
        store.put(key, new GeneratedContent(5, 50_000), "video/mp4");
        HttpClient http = HttpClient.newHttpClient();

        HttpRequest.Builder request = HttpRequest.newBuilder(store.presignedGet(key, Duration.ofMinutes(5)));
        HttpResponse<byte[]> whole = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> range = http.send(request.header("Range", "bytes=1000-1999").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(GeneratedContent.bytes(5, 0, 50_000));
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(GeneratedContent.bytes(5, 1_000, 1_000));
    }

    @Test
    void ensureBucketCreatesABucketOnceAndThenLeavesItAlone() {
        String bucket = "gongxue-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (ContentStore fresh = new ContentStore(new ContentStoreSettings(settings.endpoint(),
                settings.accessKey(), settings.secretKey(), bucket, settings.region(), settings.partSizeMb()))) {
            assertThat(fresh.bucketExists()).isFalse();

            fresh.ensureBucket();
            fresh.put("kept", new ByteArrayInputStream(new byte[] {7}), null);
            assertThat(fresh.bucketExists()).isTrue();

            fresh.ensureBucket();

            assertThat(fresh.stat("kept").size()).isEqualTo(1);
        }
    }

    @Test
    void aFailingSourceIsReportedAndLeavesNoObject() {
        String key = prefix + "interrupted-upload";
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[1_000]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("browser closed the connection");
            }
        });

        assertThatThrownBy(() -> store.put(key, failing, null))
                .isInstanceOf(ContentStoreException.class)
                .hasMessageContaining("reading the content to store under key '" + key + "' failed")
                .hasMessageContaining("browser closed the connection");
        assertThatThrownBy(() -> store.stat(key)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void aWrongSecretKeyIsReportedAsRefusedCredentials() {
        try (ContentStore wrongSecret = storeWith(settings.endpoint(), settings.accessKey(), "not-the-secret")) {
            assertThatThrownBy(() -> wrongSecret.put(prefix + "x", new ByteArrayInputStream(new byte[1]), null))
                    .isExactlyInstanceOf(ContentStoreException.class)
                    .hasMessageContaining("the S3 endpoint " + settings.endpoint() + " refused the credentials")
                    .hasMessageContaining("'" + settings.accessKey() + "'");
            // A HEAD request gets no error body: the store can only say access was refused.
            assertThatThrownBy(wrongSecret::ensureBucket)
                    .isExactlyInstanceOf(ContentStoreException.class)
                    .hasMessageContaining("credentials were refused");
        }
    }

    @Test
    void anUnknownAccessKeyIsReportedAsRefusedCredentials() {
        try (ContentStore unknown = storeWith(settings.endpoint(), "nobody", settings.secretKey())) {
            assertThatThrownBy(() -> unknown.listKeys(prefix))
                    .isExactlyInstanceOf(ContentStoreException.class)
                    .hasMessageContaining("refused the credentials of access key 'nobody'");
        }
    }

    @Test
    void anUnreachableEndpointIsNamedInTheError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closedPort;
        try (ContentStore unreachable = storeWith(endpoint, settings.accessKey(), settings.secretKey())) {
            assertThatThrownBy(() -> unreachable.stat("any"))
                    .isExactlyInstanceOf(ContentStoreException.class)
                    .hasMessageContaining("cannot reach the S3 endpoint " + endpoint);
        }
    }

    private static ContentStore storeWith(String endpoint, String accessKey, String secretKey) {
        return new ContentStore(new ContentStoreSettings(endpoint, accessKey, secretKey, settings.bucket(),
                settings.region(), settings.partSizeMb()));
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
