package org.gongxue.contentstore;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.HttpUtils;
import io.minio.http.Method;
import io.minio.messages.Item;
import okhttp3.OkHttpClient;

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

    /** S3 numbers the parts of an upload from 1 to 10,000. */
    public static final int MAX_PART_NUMBER = 10_000;

    /** S3's smallest part, for every part of an upload but the last. */
    public static final long MIN_PART_BYTES = 5L * 1024 * 1024;

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
    private final ResumableUploads uploads;

    /** Creates the clients; does not contact the endpoint. */
    public ContentStore(ContentStoreSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        // One connection pool for both clients; closing the blocking client releases it.
        OkHttpClient http = HttpUtils.newDefaultHttpClient(CONNECT_TIMEOUT_MS, WRITE_TIMEOUT_MS, READ_TIMEOUT_MS);
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http, true)
                .build();
        this.errors = new S3ErrorTranslator(settings);
        this.uploads = new ResumableUploads(MinioAsyncClient.builder()
                .endpoint(settings.endpoint())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http)
                .build(), settings, errors);
    }

    public ContentStoreSettings settings() {
        return settings;
    }

    /** Whether the configured bucket exists; a read-only question, for readiness checks. */
    public boolean bucketExists() {
        String bucket = settings.bucket();
        return errors.call("checking bucket '" + bucket + "'", null, () -> bucketExists(bucket));
    }

    /** Creates the bucket unless it exists. Safe to call concurrently and repeatedly. */
    public void ensureBucket() {
        String bucket = settings.bucket();
        String action = "creating bucket '" + bucket + "'";
        errors.call(action, null, () -> {
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
        ObjectWriteResponse response = errors.call("storing object '" + key + "'", key, () ->
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
        return errors.call("reading object '" + key + "'", key, () ->
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
        return errors.call("reading bytes " + offset + "+" + length + " of object '" + key + "'", key, () ->
                client.getObject(GetObjectArgs.builder()
                        .bucket(settings.bucket()).object(key).offset(offset).length(length).build()));
    }

    /** The object's metadata; {@link ObjectNotFoundException} when there is none. */
    public ObjectInfo stat(String key) {
        requireKey(key);
        StatObjectResponse stat = errors.call("reading metadata of object '" + key + "'", key, () ->
                client.statObject(StatObjectArgs.builder().bucket(settings.bucket()).object(key).build()));
        return new ObjectInfo(key, stat.size(), stripQuotes(stat.etag()),
                stat.lastModified() == null ? null : stat.lastModified().toInstant(), stat.contentType());
    }

    /** Removes the object. Removing a key that holds nothing is not an error (S3 semantics). */
    public void delete(String key) {
        requireKey(key);
        errors.call("deleting object '" + key + "'", key, () -> {
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
        return errors.call(action, null, () -> {
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
        String url = errors.call("presigning a GET of object '" + key + "'", key, () ->
                client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                        .method(Method.GET).bucket(settings.bucket()).object(key)
                        .expiry((int) expiry.toSeconds()).build()));
        return URI.create(url);
    }

    /**
     * Starts a resumable upload of an object to be stored under {@code key}: the object exists
     * only once {@link #completeUpload} assembles it, and until then no reader sees it. The caller
     * persists the key and the returned id; they are all an upload needs to resume, on any
     * server, after any pause.
     *
     * @param contentType MIME type to record, or null for {@code application/octet-stream}
     */
    public UploadId startUpload(String key, String contentType) {
        return uploads.start(key, contentType);
    }

    /**
     * Stores part {@code partNumber} of an upload: exactly {@code length} bytes read from
     * {@code content}, replacing any part of that number. Parts may arrive in any order and more
     * than once. Every part but the last must have at least {@link #MIN_PART_BYTES}; that is
     * checked at completion, when the last is known.
     *
     * <p>The part is held in memory once (at most {@link ContentStoreSettings#partSizeBytes()})
     * so that a part whose content is shorter or longer than declared is refused before anything
     * is stored, and so that the store can verify its MD5. The stream is not closed.
     *
     * @throws InvalidPartException     for a number outside 1 to {@link #MAX_PART_NUMBER}, a length
     *                                  outside 1 to {@link ContentStoreSettings#partSizeBytes()}, or
     *                                  content that ends before or goes on after {@code length}
     * @throws UploadNotFoundException  when the store holds no unfinished upload with this id and key
     */
    public PartReceipt putPart(String key, UploadId uploadId, int partNumber, InputStream content, long length) {
        return uploads.putPart(key, uploadId, partNumber, content, length);
    }

    /**
     * The parts the store holds for an upload, by number: what a client resuming an upload
     * still has to send is every part not in this list.
     *
     * @throws UploadNotFoundException when the store holds no unfinished upload with this id and key
     */
    public List<PartReceipt> listParts(String key, UploadId uploadId) {
        return uploads.listParts(key, uploadId);
    }

    /**
     * Assembles the object from the parts the store lists, in the order of their numbers, and
     * makes it visible under its key. Gaps in the numbering are allowed by S3 and not checked
     * here: callers that know how many parts to expect compare with {@link #listParts} first.
     * The object's SHA-256 is not known here (its parts came in separate requests); whoever
     * reads the object next can compute it.
     *
     * @return the assembled object's metadata as the store reports it (size, ETag, content type)
     * @throws InvalidPartException    when there are no parts, or a part other than the last has
     *                                 fewer than {@link #MIN_PART_BYTES}
     * @throws UploadNotFoundException when the store holds no unfinished upload with this id and
     *                                 key (also when it has been completed already)
     */
    public ObjectInfo completeUpload(String key, UploadId uploadId) {
        return uploads.complete(key, uploadId, this);
    }

    /**
     * Abandons an upload and lets the store discard its parts. Aborting an upload that is gone
     * (never started, completed or aborted) is not an error, so a cancellation can be repeated.
     *
     * @return whether there was an unfinished upload to abort
     */
    public boolean abortUpload(String key, UploadId uploadId) {
        return uploads.abort(key, uploadId);
    }

    /**
     * The unfinished uploads of the whole bucket started before {@code instant}, oldest first,
     * for a sweeper that aborts abandoned ones. Uploads the caller has records of are better
     * swept from those records; this finds the ones whose record was never written (a crash
     * between {@link #startUpload} and the caller's commit). MinIO and S3 can also expire such
     * uploads themselves (MinIO's {@code stale_uploads_expiry}, an S3 lifecycle rule).
     */
    public List<UnfinishedUpload> listStaleUploads(Instant instant) {
        return uploads.listStartedBefore(instant);
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

    static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("an object key must not be empty");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("an object key must be at most " + MAX_KEY_BYTES
                    + " bytes in UTF-8, was '" + key + "'");
        }
    }

    /** S3 returns ETags in quotes, a detail of HTTP that callers should not have to strip. */
    static String stripQuotes(String etag) {
        if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
            return etag.substring(1, etag.length() - 1);
        }
        return etag;
    }
}
