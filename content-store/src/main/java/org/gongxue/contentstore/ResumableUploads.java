package org.gongxue.contentstore;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableMultimap;

import io.minio.MinioAsyncClient;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.ListMultipartUploadsResult;
import io.minio.messages.ListPartsResult;
import io.minio.messages.Part;
import io.minio.messages.Upload;

/**
 * S3 multipart uploads driven one call at a time, so that an upload can span many requests,
 * servers and days: the store's own listing of an upload's parts is the only state.
 *
 * <p>The MinIO client's blocking {@code MinioClient} keeps these calls protected (it offers only
 * whole-object puts); its {@code MinioAsyncClient} makes them public, so this class uses that
 * one and waits on each future.
 *
 * <p><b>Why every call first asks whether the upload exists.</b> S3 and MinIO answer
 * {@code NoSuchUpload} for an unknown upload id, but S3Proxy's filesystem backend (the embedded
 * store) accepts a part for any id, keeping a hidden file that nothing ever lists or sweeps,
 * lists no parts rather than failing, and aborts an upload given its id with another key. So
 * {@link #requireUnfinished} first looks the upload up among the unfinished uploads of its exact
 * key, which all three answer alike (MinIO lists uploads only for an exact key, never for a
 * shorter prefix).
 */
final class ResumableUploads {

    private static final int MAX_LISTED_PER_PAGE = 1000;
    /** A part is read into one array; Java arrays stop a little short of 2 GiB. */
    private static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final MinioAsyncClient client;
    private final ContentStoreSettings settings;
    private final S3ErrorTranslator errors;

    ResumableUploads(MinioAsyncClient client, ContentStoreSettings settings, S3ErrorTranslator errors) {
        this.client = client;
        this.settings = settings;
        this.errors = errors;
    }

    UploadId start(String key, String contentType) {
        ContentStore.requireKey(key);
        String type = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
        String uploadId = errors.call("starting an upload of object '" + key + "'", key, () ->
                client.createMultipartUploadAsync(settings.bucket(), settings.region(), key,
                        ImmutableMultimap.of("Content-Type", type), null).get().result().uploadId());
        return new UploadId(uploadId);
    }

    /**
     * Reads exactly {@code length} bytes into one buffer, checks that the content ends there, and
     * only then sends the part: a part that is too short or too long is refused before anything
     * is stored. The buffer (one part, at most {@link ContentStoreSettings#partSizeBytes()}) is
     * also what lets the client sign the part with its SHA-256 and send its MD5, which the store
     * checks.
     */
    PartReceipt putPart(String key, UploadId uploadId, int partNumber, InputStream content, long length) {
        ContentStore.requireKey(key);
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(content, "content");
        if (partNumber < 1 || partNumber > ContentStore.MAX_PART_NUMBER) {
            throw new InvalidPartException(InvalidPartException.Problem.NUMBER_OUT_OF_RANGE, partNumber,
                    "part number " + partNumber + " is outside 1 to " + ContentStore.MAX_PART_NUMBER);
        }
        long maxLength = Math.min(settings.partSizeBytes(), MAX_ARRAY_LENGTH);
        if (length < 1 || length > maxLength) {
            throw new InvalidPartException(InvalidPartException.Problem.LENGTH_OUT_OF_RANGE, partNumber,
                    "part " + partNumber + " declares " + length + " bytes; a part holds 1 to " + maxLength
                            + " bytes (see " + ContentStoreSettings.PART_SIZE_MB + ")");
        }
        requireUnfinished(key, uploadId);
        byte[] part = readPart(key, partNumber, content, (int) length);
        String etag = uploadCall("storing part " + partNumber + " of", key, uploadId, () ->
                client.uploadPartAsync(settings.bucket(), settings.region(), key, part, part.length,
                        uploadId.value(), partNumber, null, null).get().etag());
        return new PartReceipt(partNumber, ContentStore.stripQuotes(etag), part.length);
    }

    List<PartReceipt> listParts(String key, UploadId uploadId) {
        ContentStore.requireKey(key);
        Objects.requireNonNull(uploadId, "uploadId");
        requireUnfinished(key, uploadId);
        return uploadCall("listing the parts of", key, uploadId, () -> {
            List<PartReceipt> parts = new ArrayList<>();
            Integer marker = null;
            ListPartsResult page;
            do {
                page = client.listPartsAsync(settings.bucket(), settings.region(), key, MAX_LISTED_PER_PAGE,
                        marker, uploadId.value(), null, null).get().result();
                for (Part part : page.partList()) {
                    parts.add(new PartReceipt(part.partNumber(), ContentStore.stripQuotes(part.etag()),
                            part.partSize()));
                }
                marker = page.nextPartNumberMarker();
            } while (page.isTruncated());
            parts.sort(Comparator.comparingInt(PartReceipt::number));
            return parts;
        });
    }

    /** Assembles the parts the store lists, in the order of their numbers, and reports the object. */
    ObjectInfo complete(String key, UploadId uploadId, ContentStore store) {
        List<PartReceipt> parts = listParts(key, uploadId);
        requireAssemblable(parts);
        Part[] assembly = parts.stream().map(part -> new Part(part.number(), part.etag())).toArray(Part[]::new);
        uploadCall("completing", key, uploadId, () ->
                client.completeMultipartUploadAsync(settings.bucket(), settings.region(), key, uploadId.value(),
                        assembly, null, null).get());
        return store.stat(key);
    }

    /** Looks the upload up first: S3Proxy would abort an upload of another key given its id. */
    boolean abort(String key, UploadId uploadId) {
        ContentStore.requireKey(key);
        Objects.requireNonNull(uploadId, "uploadId");
        try {
            requireUnfinished(key, uploadId);
            uploadCall("aborting", key, uploadId, () ->
                    client.abortMultipartUploadAsync(settings.bucket(), settings.region(), key, uploadId.value(),
                            null, null).get());
            return true;
        } catch (UploadNotFoundException e) {
            return false;
        }
    }

    List<UnfinishedUpload> listStartedBefore(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        List<UnfinishedUpload> stale = new ArrayList<>();
        for (UnfinishedUpload upload : listUnfinished(null)) {
            if (upload.initiated().isBefore(instant)) {
                stale.add(upload);
            }
        }
        stale.sort(Comparator.comparing(UnfinishedUpload::initiated));
        return stale;
    }

    private void requireUnfinished(String key, UploadId uploadId) {
        boolean found = listUnfinished(key).stream()
                .anyMatch(upload -> upload.key().equals(key) && upload.uploadId().equals(uploadId));
        if (!found) {
            throw new UploadNotFoundException(key, uploadId, null);
        }
    }

    /** The unfinished uploads whose keys start with {@code prefix} (all of them for null). */
    private List<UnfinishedUpload> listUnfinished(String prefix) {
        String action = prefix == null ? "listing unfinished uploads"
                : "listing unfinished uploads of object '" + prefix + "'";
        return errors.call(action, null, () -> {
            List<UnfinishedUpload> uploads = new ArrayList<>();
            String keyMarker = null;
            String uploadIdMarker = null;
            ListMultipartUploadsResult page;
            do {
                page = client.listMultipartUploadsAsync(settings.bucket(), settings.region(), null, null, keyMarker,
                        MAX_LISTED_PER_PAGE, prefix, uploadIdMarker, null, null).get().result();
                for (Upload upload : page.uploads()) {
                    uploads.add(new UnfinishedUpload(upload.objectName(), new UploadId(upload.uploadId()),
                            upload.initiated().toInstant()));
                }
                keyMarker = page.nextKeyMarker();
                uploadIdMarker = page.nextUploadIdMarker();
            } while (page.isTruncated());
            return uploads;
        });
    }

    private static byte[] readPart(String key, int partNumber, InputStream content, int length) {
        byte[] part = new byte[length];
        try {
            int read = content.readNBytes(part, 0, length);
            if (read < length) {
                throw new InvalidPartException(InvalidPartException.Problem.SHORTER_THAN_DECLARED, partNumber,
                        "part " + partNumber + " of object '" + key + "' ended after " + read + " of its declared "
                                + length + " bytes");
            }
            if (content.read() >= 0) {
                throw new InvalidPartException(InvalidPartException.Problem.LONGER_THAN_DECLARED, partNumber,
                        "part " + partNumber + " of object '" + key + "' goes on past its declared " + length
                                + " bytes");
            }
        } catch (IOException e) {
            throw new ContentStoreException("reading part " + partNumber + " to store under key '" + key
                    + "' failed: " + e.getMessage(), e);
        }
        return part;
    }

    /** S3 would refuse these too, but with a message that names neither the part nor the rule. */
    private static void requireAssemblable(List<PartReceipt> parts) {
        if (parts.isEmpty()) {
            throw new InvalidPartException(InvalidPartException.Problem.NO_PARTS, 0,
                    "an upload without parts cannot be completed");
        }
        for (PartReceipt part : parts.subList(0, parts.size() - 1)) {
            if (part.size() < ContentStore.MIN_PART_BYTES) {
                throw new InvalidPartException(InvalidPartException.Problem.TOO_SMALL_BEFORE_LAST, part.number(),
                        "part " + part.number() + " has " + part.size() + " bytes; every part but the last needs"
                                + " at least " + ContentStore.MIN_PART_BYTES + " (5 MiB)");
            }
        }
    }

    /** Like {@link S3ErrorTranslator#call}, with S3's "no such upload" as {@link UploadNotFoundException}. */
    private <T> T uploadCall(String verb, String key, UploadId uploadId, S3ErrorTranslator.S3Call<T> call) {
        try {
            return errors.call(verb + " upload '" + uploadId + "' of object '" + key + "'", key, call);
        } catch (ContentStoreException e) {
            if (e.getCause() instanceof ErrorResponseException response
                    && "NoSuchUpload".equals(response.errorResponse().code())) {
                throw new UploadNotFoundException(key, uploadId, response);
            }
            throw e;
        }
    }
}
