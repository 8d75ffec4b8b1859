package org.gongxue.contentstore;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;

/**
 * Streams objects into and out of one bucket of an S3-compatible store.
 *
 * <p>Thread-safe: one instance serves the whole application. It holds an HTTP connection pool,
 * so close it when the application stops. Failures arrive as {@link ContentStoreException}
 * (a missing object as {@link ObjectNotFoundException}); invalid arguments as
 * {@link IllegalArgumentException}.
 */
public final class ContentStore implements AutoCloseable {

    /** S3 caps the expiry of a presigned URL at seven days. */
    public static final Duration MAX_PRESIGNED_EXPIRY = Duration.ofDays(7);

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    private static final int MAX_KEY_BYTES = 1024;

    /*
     * The client's default connect timeout is five minutes, far too long to notice an endpoint
     * that silently drops packets. Reads and writes keep the generous default: a slow
     * multipart part is not a dead server.
     */
    private static final long CONNECT_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(10);
    private static final long WRITE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);
    private static final long READ_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);

    private final ContentStoreSettings settings;
    private final MinioClient client;
    private final S3ErrorTranslator errors;

    /** Creates the client; does not contact the endpoint. */
    public ContentStore(ContentStoreSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .build();
        this.client.setTimeout(CONNECT_TIMEOUT_MS, WRITE_TIMEOUT_MS, READ_TIMEOUT_MS);
        this.errors = new S3ErrorTranslator(settings);
    }

    public ContentStoreSettings settings() {
        return settings;
    }

    /** Whether the configured bucket exists; a read-only question, for readiness checks. */
    public boolean bucketExists() {
        String bucket = settings.bucket();
        return call("checking bucket '" + bucket + "'", null, () -> bucketExists(bucket));
    }

    /** Creates the bucket unless it exists. Safe to call concurrently and repeatedly. */
    public void ensureBucket() {
        String bucket = settings.bucket();
        String action = "creating bucket '" + bucket + "'";
        call(action, null, () -> {
            if (!bucketExists(bucket)) {
                try {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                } catch (ErrorResponseException e) {
                    // Another node created it between our check and our request: that is success.
                    if (!"BucketAlreadyOwnedByYou".equals(e.errorResponse().code())) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    /**
     * Stores a stream of unknown length under {@code key}, replacing any object there. The bytes
     * go up in multipart parts of {@link ContentStoreSettings#partSizeMb()}, so memory use is
     * bounded by about one part whatever the length. The stream is read to its end but not
     * closed: it belongs to the caller.
     *
     * @param contentType MIME type to record, or null for {@code application/octet-stream}
     * @return the key, size and SHA-256 of the bytes read, and the server's ETag
     */
    public StoredObject put(String key, InputStream content, String contentType) {
        requireKey(key);
        Objects.requireNonNull(content, "content");
        MeasuringInputStream measured = new MeasuringInputStream(content);
        ObjectWriteResponse response = call("storing object '" + key + "'", key, () ->
                client.putObject(PutObjectArgs.builder()
                        .bucket(settings.bucket())
                        .object(key)
                        .stream(measured, -1, settings.partSizeBytes())
                        .contentType(contentType == null ? DEFAULT_CONTENT_TYPE : contentType)
                        .build()));
        return new StoredObject(key, measured.count(), measured.sha256Hex(), stripQuotes(response.etag()));
    }

    /** Opens the whole object for reading. The caller closes the stream. */
    public InputStream get(String key) {
        requireKey(key);
        return call("reading object '" + key + "'", key, () ->
                client.getObject(GetObjectArgs.builder().bucket(settings.bucket()).object(key).build()));
    }

    /**
     * Opens {@code length} bytes of the object starting at {@code offset} (zero-based). A range
     * that runs past the end yields the bytes up to the end; one that starts past the end is a
     * {@link ContentStoreException}. The caller closes the stream.
     */
    public InputStream getRange(String key, long offset, long length) {
        requireKey(key);
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("a range needs offset >= 0 and length > 0, was offset " + offset
                    + ", length " + length);
        }
        return call("reading bytes " + offset + "+" + length + " of object '" + key + "'", key, () ->
                client.getObject(GetObjectArgs.builder()
                        .bucket(settings.bucket()).object(key).offset(offset).length(length).build()));
    }

    /** The object's metadata; {@link ObjectNotFoundException} when there is none. */
    public ObjectInfo stat(String key) {
        requireKey(key);
        StatObjectResponse stat = call("reading metadata of object '" + key + "'", key, () ->
                client.statObject(StatObjectArgs.builder().bucket(settings.bucket()).object(key).build()));
        return new ObjectInfo(key, stat.size(), stripQuotes(stat.etag()),
                stat.lastModified() == null ? null : stat.lastModified().toInstant(), stat.contentType());
    }

    /** Removes the object. Removing a key that holds nothing is not an error (S3 semantics). */
    public void delete(String key) {
        requireKey(key);
        call("deleting object '" + key + "'", key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
            return null;
        });
    }

    /**
     * Every key that starts with {@code prefix} (all "directory" levels), in the server's order,
     * which for S3 is lexicographic. Loads all keys into memory: meant for the objects of one
     * owner, not for a whole bucket.
     */
    public List<String> listKeys(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        String action = "listing keys with prefix '" + prefix + "'";
        return call(action, null, () -> {
            List<String> keys = new ArrayList<>();
            Iterable<Result<Item>> results = client.listObjects(ListObjectsArgs.builder()
                    .bucket(settings.bucket()).prefix(prefix).recursive(true).build());
            for (Result<Item> result : results) {
                keys.add(result.get().objectName());
            }
            return keys;
        });
    }

    /**
     * A URL that lets anyone holding it GET the object (Range requests included) until it
     * expires, without credentials: for handing a video or document straight to a browser.
     * Computed locally; does not check that the object exists.
     *
     * @param expiry between one second and {@link #MAX_PRESIGNED_EXPIRY}
     */
    public URI presignedGet(String key, Duration expiry) {
        requireKey(key);
        Objects.requireNonNull(expiry, "expiry");
        if (expiry.compareTo(Duration.ofSeconds(1)) < 0 || expiry.compareTo(MAX_PRESIGNED_EXPIRY) > 0) {
            throw new IllegalArgumentException("a presigned URL must expire within 1 second to "
                    + MAX_PRESIGNED_EXPIRY.toDays() + " days, was " + expiry);
        }
        String url = call("presigning a GET of object '" + key + "'", key, () ->
                client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                        .method(Method.GET).bucket(settings.bucket()).object(key)
                        .expiry((int) expiry.toSeconds()).build()));
        return URI.create(url);
    }

    /** Releases the HTTP connection pool and its threads. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new ContentStoreException("closing the S3 client for " + settings.endpoint() + " failed", e);
        }
    }

    private boolean bucketExists(String bucket) throws Exception {
        return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    }

    private <T> T call(String action, String key, S3Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            if (S3ErrorTranslator.isClientWrapper(e)) {
                throw errors.translate(e, action, key);
            }
            throw e;
        } catch (Exception e) {
            throw errors.translate(e, action, key);
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("an object key must not be empty");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("an object key must be at most " + MAX_KEY_BYTES
                    + " bytes in UTF-8, was '" + key + "'");
        }
    }

    /** S3 returns ETags in quotes, a detail of HTTP that callers should not have to strip. */
    private static String stripQuotes(String etag) {
        if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
            return etag.substring(1, etag.length() - 1);
        }
        return etag;
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run() throws Exception;
    }
}
