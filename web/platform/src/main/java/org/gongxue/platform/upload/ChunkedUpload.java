package org.gongxue.platform.upload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.UploadId;
import org.gongxue.platform.upload.UploadRefusedException.Reason;

/**
 * Everything an upload in progress is, besides the parts the store holds: what the caller
 * persists when it starts one and hands back with every chunk. The file is cut into parts of
 * {@code chunkSize} bytes, numbered from 1; the last part holds the rest.
 *
 * @param objectKey   the key the file will have in the store; never made from the file's name
 * @param uploadId    the store's id of the upload
 * @param kind        what the file is meant to be
 * @param displayName the file's name as sent, cleaned by {@link FileNames}
 * @param size        the file's size in bytes, as declared when the upload started
 * @param chunkSize   bytes in every part but the last
 */
public record ChunkedUpload(String objectKey, UploadId uploadId, FileKind kind, String displayName, long size,
                            int chunkSize) {

    public ChunkedUpload {
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        if (size < 1) {
            throw new IllegalArgumentException("an upload needs at least one byte, was " + size);
        }
        if (chunkSize < ContentStore.MIN_PART_BYTES) {
            throw new IllegalArgumentException("a chunk needs at least " + ContentStore.MIN_PART_BYTES
                    + " bytes (S3's smallest part), was " + chunkSize);
        }
        if ((size - 1) / chunkSize + 1 > ContentStore.MAX_PART_NUMBER) {
            throw new IllegalArgumentException(size + " bytes in chunks of " + chunkSize + " need more than "
                    + ContentStore.MAX_PART_NUMBER + " parts");
        }
    }

    public int partCount() {
        return (int) ((size - 1) / chunkSize + 1);
    }

    /** The number of the part that holds byte {@code offset} (counted from 0). */
    public int partHolding(long offset) {
        if (offset < 0 || offset >= size) {
            throw new UploadRefusedException(Reason.CHUNK_NOT_ALIGNED, "byte " + offset + " is outside the "
                    + size + " bytes of upload '" + uploadId + "'");
        }
        return (int) (offset / chunkSize) + 1;
    }

    /** Where part {@code part} starts in the file. */
    public long offsetOf(int part) {
        requirePart(part);
        return (long) (part - 1) * chunkSize;
    }

    /** How many bytes part {@code part} has: the chunk size, or the rest for the last part. */
    public long lengthOf(int part) {
        return Math.min(chunkSize, size - offsetOf(part));
    }

    /**
     * The part a chunk is, for clients that say where a chunk goes by its offset (a
     * {@code Content-Range}) rather than by its number: the chunk must start where a part starts
     * and be exactly that part.
     */
    public int partOfChunk(long offset, long length) {
        int part = partHolding(offset);
        if (offsetOf(part) != offset) {
            throw new UploadRefusedException(Reason.CHUNK_NOT_ALIGNED, "a chunk at byte " + offset
                    + " does not start a part; parts start every " + chunkSize + " bytes");
        }
        requireLength(part, length);
        return part;
    }

    /** Refuses a chunk for part {@code part} that does not have that part's length. */
    public void requireLength(int part, long length) {
        long expected = lengthOf(part);
        if (length != expected) {
            throw new UploadRefusedException(Reason.WRONG_CHUNK_LENGTH, "part " + part + " of upload '" + uploadId
                    + "' has " + expected + " bytes, the chunk sent " + length);
        }
    }

    /** The parts, in order, that are not among {@code received}. */
    public List<Integer> missingParts(Collection<Integer> received) {
        Set<Integer> have = new HashSet<>(received);
        List<Integer> missing = new ArrayList<>();
        for (int part = 1; part <= partCount(); part++) {
            if (!have.contains(part)) {
                missing.add(part);
            }
        }
        return missing;
    }

    private void requirePart(int part) {
        if (part < 1 || part > partCount()) {
            throw new UploadRefusedException(Reason.NO_SUCH_PART, "upload '" + uploadId + "' has parts 1 to "
                    + partCount() + ", not " + part);
        }
    }
}
