package org.gongxue.platform.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.tika.mime.MimeTypes;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.InvalidPartException;
import org.gongxue.contentstore.ObjectInfo;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.contentstore.PartReceipt;
import org.gongxue.contentstore.StoredObject;
import org.gongxue.contentstore.UnfinishedUpload;
import org.gongxue.contentstore.UploadId;
import org.gongxue.contentstore.UploadNotFoundException;
import org.gongxue.platform.upload.UploadRefusedException.Reason;

/**
 * Chunked, resumable uploads into the content store, for any feature: each chunk a client sends
 * becomes one part of an S3 multipart upload, and resuming is asking which parts the store holds.
 *
 * <p>Holds nothing between requests. An upload is the {@link ChunkedUpload} the caller persisted
 * when it started one plus the store's listing of its parts, so any server can take any chunk
 * and an upload interrupted for hours resumes where it stopped. Memory is one chunk per chunk
 * request in flight.
 *
 * <p>The real type is checked twice, from the bytes: on the first part, so that an executable
 * named {@code .pdf} is refused within seconds rather than after the whole file (and the upload
 * aborted, as it cannot succeed), and on the assembled object, whose detected type is the one
 * to record. The object is stored with the type its name suggests, the only one known when the
 * upload starts; it differs from the detected one only when the name contradicts the bytes
 * (MP4 bytes named {@code .mov}), so serve the recorded, detected type.
 */
public final class UploadSessions {

    private final ContentStore store;
    private final UploadSettings settings;

    public UploadSessions(ContentStore store, UploadSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.chunkSizeBytes() > store.settings().partSizeBytes()) {
            throw new IllegalArgumentException(UploadSettings.CHUNK_SIZE_MB + " (" + settings.chunkSizeMb()
                    + ") must not exceed the store's largest part, gongxue.s3.part-size-mb ("
                    + store.settings().partSizeMb() + ")");
        }
    }

    public UploadSettings settings() {
        return settings;
    }

    /**
     * Starts an upload of a file of {@code size} bytes. Persist the result: every later call
     * takes it.
     *
     * @param keyPrefix where in the store the caller keeps such files, e.g. {@code lectures/42/};
     *                  the key is this prefix and a random name
     * @param fileName  the name the client sent, cleaned for display by {@link FileNames}
     * @throws UploadRefusedException {@code EMPTY_FILE}, {@code TOO_LARGE}, {@code NAME_UNUSABLE}
     */
    public ChunkedUpload start(FileKind kind, String keyPrefix, String fileName, long size) {
        String displayName = admit(kind, keyPrefix, fileName, size);
        String key = keyPrefix + UUID.randomUUID();
        String typeByName = MimeTypes.getDefaultMimeTypes().getMimeType(displayName).getName();
        UploadId uploadId = store.startUpload(key, typeByName);
        return new ChunkedUpload(key, uploadId, kind, displayName, size, Math.toIntExact(settings.chunkSizeBytes()));
    }

    /**
     * Stores a file sent whole in one request (a server-side import, a small REST upload) with the
     * checks of a chunked upload: its size against the kind's limit, its name cleaned, its type
     * from its first bytes. Memory is one store part whatever the size. At most {@code size}
     * bytes and one more are read, so that a body longer than declared is refused without being
     * stored whole; a body of another length than declared leaves no object behind.
     *
     * @param content read but not closed: it belongs to the caller
     * @throws UploadRefusedException {@code EMPTY_FILE}, {@code TOO_LARGE}, {@code NAME_UNUSABLE},
     *                                {@code TYPE_NOT_ALLOWED}, {@code WRONG_SIZE}
     */
    public CompletedUpload storeWhole(FileKind kind, String keyPrefix, String fileName, InputStream content,
                                      long size) {
        Objects.requireNonNull(content, "content");
        String displayName = admit(kind, keyPrefix, fileName, size);
        int wanted = (int) Math.min(DetectedType.HEAD_BYTES, size);
        byte[] head;
        try {
            head = content.readNBytes(wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the first bytes of '" + displayName + "' failed", e);
        }
        if (head.length < wanted) {
            throw wrongSize(displayName, size, head.length);
        }
        DetectedType type = DetectedType.of(head, displayName);
        if (!kind.allows(type)) {
            throw notAllowed(displayName, kind, type);
        }
        String key = keyPrefix + UUID.randomUUID();
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head),
                new BoundedInputStream(content, size - head.length + 1));
        StoredObject stored = store.put(key, whole, type.mediaType());
        if (stored.size() != size) {
            store.delete(key);
            throw wrongSize(displayName, size, stored.size());
        }
        return new CompletedUpload(key, stored.size(), stored.etag(), type, displayName);
    }

    /**
     * Stores one chunk as part {@code part}; sending a part again replaces it.
     *
     * @param length the chunk's length as the request declares it, or -1 when it does not; a
     *               body shorter or longer than the part is refused either way
     * @throws UploadRefusedException {@code NO_SUCH_PART}, {@code WRONG_CHUNK_LENGTH},
     *                                {@code TYPE_NOT_ALLOWED} (part 1), {@code UPLOAD_GONE}
     */
    public PartReceipt putChunk(ChunkedUpload upload, int part, InputStream body, long length) {
        Objects.requireNonNull(body, "body");
        long expected = upload.lengthOf(part);
        if (length >= 0) {
            upload.requireLength(part, length);
        }
        InputStream content = part == 1 ? withCheckedHead(upload, body, expected) : body;
        try {
            return store.putPart(upload.objectKey(), upload.uploadId(), part, content, expected);
        } catch (InvalidPartException e) {
            if (e.problem() == InvalidPartException.Problem.SHORTER_THAN_DECLARED
                    || e.problem() == InvalidPartException.Problem.LONGER_THAN_DECLARED) {
                throw new UploadRefusedException(Reason.WRONG_CHUNK_LENGTH, e.getMessage(), e);
            }
            throw e;
        } catch (UploadNotFoundException e) {
            throw gone(upload, e);
        }
    }

    /** The parts the store holds and those still to send. */
    public UploadStatus status(ChunkedUpload upload) {
        List<PartReceipt> parts = listParts(upload);
        List<Integer> received = parts.stream().map(PartReceipt::number).toList();
        long bytes = parts.stream().mapToLong(PartReceipt::size).sum();
        return new UploadStatus(received, upload.missingParts(received), bytes);
    }

    /**
     * Assembles the file once every part is there and checks its type. Asking again after a
     * completion whose answer was lost answers the same.
     *
     * @throws UploadRefusedException {@code PARTS_MISSING} (send them, then ask again),
     *                                {@code WRONG_CHUNK_LENGTH}, {@code TYPE_NOT_ALLOWED} (the object
     *                                is deleted), {@code UPLOAD_GONE}
     */
    public CompletedUpload complete(ChunkedUpload upload) {
        List<PartReceipt> parts;
        try {
            parts = store.listParts(upload.objectKey(), upload.uploadId());
        } catch (UploadNotFoundException e) {
            return completedEarlier(upload).orElseThrow(() -> gone(upload, e));
        }
        List<Integer> missing = upload.missingParts(parts.stream().map(PartReceipt::number).toList());
        if (!missing.isEmpty()) {
            throw new UploadRefusedException(Reason.PARTS_MISSING, "upload '" + upload.uploadId() + "' lacks parts "
                    + missing);
        }
        parts.forEach(part -> upload.requireLength(part.number(), part.size()));
        ObjectInfo assembled;
        try {
            assembled = store.completeUpload(upload.objectKey(), upload.uploadId());
        } catch (UploadNotFoundException e) {
            // Another request completed it between our listing and our completion.
            return completedEarlier(upload).orElseThrow(() -> gone(upload, e));
        }
        return inspect(upload, assembled);
    }

    /**
     * Abandons an upload and its parts. Cancelling again, or an upload already gone, is not an error.
     *
     * @return whether there was an unfinished upload to cancel
     */
    public boolean cancel(ChunkedUpload upload) {
        return store.abortUpload(upload.objectKey(), upload.uploadId());
    }

    /**
     * Aborts the unfinished uploads under {@code keyPrefix} started before {@code startedBefore}
     * that {@code known} does not claim: uploads whose record was lost (a crash between
     * {@link #start} and the caller's commit). Uploads with a record are swept by their record's
     * expiry through {@link #cancel}.
     *
     * @return how many were aborted
     */
    public int abortAbandoned(String keyPrefix, Instant startedBefore, Predicate<UnfinishedUpload> known) {
        int aborted = 0;
        for (UnfinishedUpload upload : store.listStaleUploads(startedBefore)) {
            if (upload.key().startsWith(keyPrefix) && !known.test(upload)
                    && store.abortUpload(upload.key(), upload.uploadId())) {
                aborted++;
            }
        }
        return aborted;
    }

    /** The checks every upload passes before a byte is stored; returns the name to show. */
    private String admit(FileKind kind, String keyPrefix, String fileName, long size) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (size < 1) {
            throw new UploadRefusedException(Reason.EMPTY_FILE, "an empty file cannot be uploaded");
        }
        if (size > settings.maxSize(kind)) {
            throw new UploadRefusedException(Reason.TOO_LARGE, "a " + kind.configName() + " file may have at most "
                    + settings.maxSize(kind) + " bytes, this one has " + size);
        }
        return FileNames.displayName(fileName).orElseThrow(() -> new UploadRefusedException(
                Reason.NAME_UNUSABLE, "nothing is left of the file name '" + fileName + "' once cleaned"));
    }

    private List<PartReceipt> listParts(ChunkedUpload upload) {
        try {
            return store.listParts(upload.objectKey(), upload.uploadId());
        } catch (UploadNotFoundException e) {
            throw gone(upload, e);
        }
    }

    /** Reads the first bytes, refuses a type the kind does not accept, and gives back the whole body. */
    private InputStream withCheckedHead(ChunkedUpload upload, InputStream body, long length) {
        int wanted = (int) Math.min(DetectedType.HEAD_BYTES, length);
        byte[] head;
        try {
            head = body.readNBytes(wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the first bytes of upload '" + upload.uploadId() + "' failed", e);
        }
        if (head.length < wanted) {
            upload.requireLength(1, head.length);
        }
        DetectedType type = DetectedType.of(head, upload.displayName());
        if (!upload.kind().allows(type)) {
            store.abortUpload(upload.objectKey(), upload.uploadId());
            throw notAllowed(upload, type);
        }
        return new SequenceInputStream(new ByteArrayInputStream(head), body);
    }

    private Optional<CompletedUpload> completedEarlier(ChunkedUpload upload) {
        try {
            ObjectInfo info = store.stat(upload.objectKey());
            return info.size() == upload.size() ? Optional.of(inspect(upload, info)) : Optional.empty();
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    private CompletedUpload inspect(ChunkedUpload upload, ObjectInfo assembled) {
        byte[] head;
        try (InputStream in = store.getRange(upload.objectKey(), 0, Math.min(DetectedType.HEAD_BYTES, assembled.size()))) {
            head = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the first bytes of '" + upload.objectKey() + "' failed", e);
        }
        DetectedType type = DetectedType.of(head, upload.displayName());
        if (!upload.kind().allows(type)) {
            store.delete(upload.objectKey());
            throw notAllowed(upload, type);
        }
        return new CompletedUpload(upload.objectKey(), assembled.size(), assembled.etag(), type, upload.displayName());
    }

    private static UploadRefusedException notAllowed(ChunkedUpload upload, DetectedType type) {
        return notAllowed(upload.displayName(), upload.kind(), type);
    }

    private static UploadRefusedException notAllowed(String displayName, FileKind kind, DetectedType type) {
        return new UploadRefusedException(Reason.TYPE_NOT_ALLOWED, "'" + displayName + "' is " + type.mediaType()
                + ", which a " + kind.configName() + " file may not be; accepted: " + kind.mediaTypes());
    }

    private static UploadRefusedException wrongSize(String displayName, long declared, long sent) {
        return new UploadRefusedException(Reason.WRONG_SIZE, "'" + displayName + "' was declared with " + declared
                + " bytes, " + (sent > declared ? "more" : sent + "") + " were sent");
    }

    private static UploadRefusedException gone(ChunkedUpload upload, UploadNotFoundException cause) {
        return new UploadRefusedException(Reason.UPLOAD_GONE, "upload '" + upload.uploadId() + "' of '"
                + upload.displayName() + "' was cancelled, completed or swept", cause);
    }
}
