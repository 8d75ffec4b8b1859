package org.gongxue.contentstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gongxue.contentstore.InvalidPartException.Problem;
import org.junit.jupiter.api.Test;

/**
 * Resumable uploads against the S3 server the build starts (S3Proxy, filesystem backend), as a
 * browser drives them: parts in any order and again, a pause, another server picking up, a
 * cancellation, and every kind of bad part.
 */
class ResumableUploadIT extends StoreIntegrationTest {

    private static final int MIB = 1024 * 1024;
    private static final long SEED = 77;

    private final String key = "it/" + UUID.randomUUID() + "/upload/讲座视频.mp4";

    @Test
    void anInterruptedUploadResumesOnAnotherServerFromTheListedPartsAndAssemblesInOrder() throws Exception {
        long size = 2L * 5 * MIB + 12_345;
        UploadId uploadId = store.startUpload(key, "video/mp4");
        PartReceipt second = putGeneratedPart(store, uploadId, 2, 5 * MIB, 5 * MIB);
        putGeneratedPart(store, uploadId, 1, 0, 5 * MIB);

        ObjectInfo assembled;
        try (ContentStore otherServer = new ContentStore(settings)) {
            assertThat(otherServer.listParts(key, uploadId))
                    .extracting(PartReceipt::number, PartReceipt::size)
                    .containsExactly(tuple(1, (long) 5 * MIB), tuple(2, (long) 5 * MIB));
            assertThat(otherServer.listParts(key, uploadId).get(1)).isEqualTo(second);
            assertThatThrownBy(() -> otherServer.stat(key))
                    .as("nothing is visible before completion").isInstanceOf(ObjectNotFoundException.class);

            putGeneratedPart(otherServer, uploadId, 3, 10L * MIB, 12_345);
            assembled = otherServer.completeUpload(key, uploadId);
        }

        assertThat(assembled.key()).isEqualTo(key);
        assertThat(assembled.size()).isEqualTo(size);
        assertThat(assembled.contentType()).isEqualTo("video/mp4");
        assertThat(assembled.etag()).isNotBlank().doesNotContain("\"");
        assertThat(sha256Of(key)).isEqualTo(GeneratedContent.sha256Hex(SEED, size));
        assertThatThrownBy(() -> store.listParts(key, uploadId)).isInstanceOf(UploadNotFoundException.class);
        assertThat(store.listStaleUploads(Instant.now().plus(Duration.ofDays(1))))
                .noneMatch(upload -> upload.uploadId().equals(uploadId));
    }

    @Test
    void aPartSentAgainReplacesTheEarlierOne() throws Exception {
        UploadId uploadId = store.startUpload(key, null);
        byte[] garbled = new byte[1_000];
        store.putPart(key, uploadId, 1, new ByteArrayInputStream(garbled), garbled.length);
        byte[] intended = GeneratedContent.bytes(SEED, 0, 1_000);

        store.putPart(key, uploadId, 1, new ByteArrayInputStream(intended), intended.length);
        ObjectInfo assembled = store.completeUpload(key, uploadId);

        assertThat(assembled.size()).isEqualTo(1_000);
        assertThat(assembled.contentType()).isEqualTo("application/octet-stream");
        try (InputStream in = store.get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(intended);
        }
    }

    @Test
    void badPartsAreRefusedWithTheirProblemAndStoreNothing() {
        UploadId uploadId = store.startUpload(key, null);
        long tooLong = settings.partSizeBytes() + 1;

        assertInvalidPart(() -> store.putPart(key, uploadId, 0, new ByteArrayInputStream(new byte[1]), 1),
                Problem.NUMBER_OUT_OF_RANGE, 0, "part number 0 is outside 1 to 10000");
        assertInvalidPart(() -> store.putPart(key, uploadId, 10_001, new ByteArrayInputStream(new byte[1]), 1),
                Problem.NUMBER_OUT_OF_RANGE, 10_001, "part number 10001 is outside 1 to 10000");
        assertInvalidPart(() -> store.putPart(key, uploadId, 1, new GeneratedContent(SEED, tooLong), tooLong),
                Problem.LENGTH_OUT_OF_RANGE, 1, "part 1 declares " + tooLong + " bytes");
        assertInvalidPart(() -> store.putPart(key, uploadId, 1, InputStream.nullInputStream(), 0),
                Problem.LENGTH_OUT_OF_RANGE, 1, "part 1 declares 0 bytes");
        assertInvalidPart(() -> store.putPart(key, uploadId, 2, new ByteArrayInputStream(new byte[99]), 100),
                Problem.SHORTER_THAN_DECLARED, 2, "ended after 99 of its declared 100 bytes");
        assertInvalidPart(() -> store.putPart(key, uploadId, 3, new ByteArrayInputStream(new byte[101]), 100),
                Problem.LONGER_THAN_DECLARED, 3, "goes on past its declared 100 bytes");

        assertThat(store.listParts(key, uploadId)).isEmpty();
        assertThat(store.abortUpload(key, uploadId)).isTrue();
    }

    @Test
    void aSourceThatFailsIsReportedAndStoresNothing() {
        UploadId uploadId = store.startUpload(key, null);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("browser closed the connection");
            }
        };

        assertThatThrownBy(() -> store.putPart(key, uploadId, 1, failing, 10))
                .isExactlyInstanceOf(ContentStoreException.class)
                .hasMessage("reading part 1 to store under key '" + key + "' failed: browser closed the connection");
        assertThat(store.listParts(key, uploadId)).isEmpty();
        store.abortUpload(key, uploadId);
    }

    @Test
    void anUnknownUploadIdIsUploadNotFoundAndLeavesNothingBehind() {
        UploadId unknown = new UploadId(UUID.randomUUID().toString());
        UploadId otherKeys = store.startUpload(key + ".other", null);

        for (UploadId uploadId : new UploadId[] {unknown, otherKeys}) {
            assertThatThrownBy(() -> store.putPart(key, uploadId, 1, new ByteArrayInputStream(new byte[1]), 1))
                    .isInstanceOf(UploadNotFoundException.class)
                    .hasMessage("no unfinished upload '" + uploadId + "' of object '" + key
                            + "': it was never started, or has been completed or aborted")
                    .satisfies(e -> assertThat(((UploadNotFoundException) e).uploadId()).isEqualTo(uploadId));
            assertThatThrownBy(() -> store.listParts(key, uploadId)).isInstanceOf(UploadNotFoundException.class);
            assertThatThrownBy(() -> store.completeUpload(key, uploadId)).isInstanceOf(UploadNotFoundException.class);
            assertThat(store.abortUpload(key, uploadId)).isFalse();
        }
        assertThat(store.listParts(key + ".other", otherKeys)).as("the other key's upload is untouched").isEmpty();
        assertThatThrownBy(() -> store.stat(key)).isInstanceOf(ObjectNotFoundException.class);
        store.abortUpload(key + ".other", otherKeys);
    }

    @Test
    void anAbortedUploadIsGoneAndAbortingAgainIsHarmless() {
        UploadId uploadId = store.startUpload(key, null);
        store.putPart(key, uploadId, 1, new ByteArrayInputStream(new byte[10]), 10);

        assertThat(store.abortUpload(key, uploadId)).isTrue();

        assertThatThrownBy(() -> store.listParts(key, uploadId)).isInstanceOf(UploadNotFoundException.class);
        assertThatThrownBy(() -> store.putPart(key, uploadId, 2, new ByteArrayInputStream(new byte[1]), 1))
                .isInstanceOf(UploadNotFoundException.class);
        assertThatThrownBy(() -> store.stat(key)).isInstanceOf(ObjectNotFoundException.class);
        assertThat(store.listStaleUploads(Instant.now().plus(Duration.ofDays(1))))
                .noneMatch(upload -> upload.uploadId().equals(uploadId));
        assertThat(store.abortUpload(key, uploadId)).isFalse();
    }

    @Test
    void partsThatCannotBeAssembledAreRefusedAndTheUploadStaysResumable() throws Exception {
        UploadId uploadId = store.startUpload(key, null);
        assertInvalidPart(() -> store.completeUpload(key, uploadId), Problem.NO_PARTS, 0,
                "an upload without parts cannot be completed");
        putGeneratedPart(store, uploadId, 1, 0, 5 * MIB - 1);
        putGeneratedPart(store, uploadId, 2, 5 * MIB - 1, 10);

        assertInvalidPart(() -> store.completeUpload(key, uploadId), Problem.TOO_SMALL_BEFORE_LAST, 1,
                "part 1 has 5242879 bytes; every part but the last needs at least 5242880 (5 MiB)");

        putGeneratedPart(store, uploadId, 1, 0, 5 * MIB);
        putGeneratedPart(store, uploadId, 2, 5 * MIB, 10);
        assertThat(store.completeUpload(key, uploadId).size()).isEqualTo(5 * MIB + 10);
        assertThat(sha256Of(key)).isEqualTo(GeneratedContent.sha256Hex(SEED, 5 * MIB + 10));
    }

    @Test
    void staleUploadsAreThoseStartedBeforeTheGivenInstant() {
        UploadId uploadId = store.startUpload(key, null);

        assertThat(store.listStaleUploads(Instant.now().plus(Duration.ofMinutes(5))))
                .anySatisfy(upload -> {
                    assertThat(upload.key()).isEqualTo(key);
                    assertThat(upload.uploadId()).isEqualTo(uploadId);
                    assertThat(upload.initiated()).isBefore(Instant.now().plus(Duration.ofMinutes(5)));
                });
        assertThat(store.listStaleUploads(Instant.now().minus(Duration.ofHours(1))))
                .noneMatch(upload -> upload.uploadId().equals(uploadId));
        store.abortUpload(key, uploadId);
    }

    /**
     * 200 MiB in parts through a test JVM whose heap is capped at 96 MiB (failsafe's argLine):
     * it can only pass if a part is the most the store holds at a time.
     */
    @Test
    void anUploadFarLargerThanTheHeapGoesThroughPartByPart() throws Exception {
        long size = 200L * MIB;
        long partSize = 8L * MIB;
        assertThat(Runtime.getRuntime().maxMemory()).as("max heap").isLessThan(size / 2);
        UploadId uploadId = store.startUpload(key, null);
        long started = System.nanoTime();

        for (int number = 1; (number - 1) * partSize < size; number++) {
            long offset = (number - 1) * partSize;
            putGeneratedPart(store, uploadId, number, offset, (int) Math.min(partSize, size - offset));
        }
        ObjectInfo assembled = store.completeUpload(key, uploadId);

        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        System.out.printf("ResumableUploadIT: %d MiB in %d parts of %d MiB in %d ms (%.0f MiB/s), max heap %d MiB%n",
                size / MIB, (size + partSize - 1) / partSize,
                partSize / MIB, millis, size / (double) MIB / (millis / 1000.0),
                Runtime.getRuntime().maxMemory() / MIB);
        assertThat(assembled.size()).isEqualTo(size);
        assertThat(sha256Of(key)).isEqualTo(GeneratedContent.sha256Hex(SEED, size));
        store.delete(key);
    }

    private PartReceipt putGeneratedPart(ContentStore target, UploadId uploadId, int number, long offset, int length)
            throws IOException {
        try (InputStream part = new GeneratedContent(SEED, offset + length)) {
            part.skipNBytes(offset);
            PartReceipt receipt = target.putPart(key, uploadId, number, part, length);
            assertThat(receipt.number()).isEqualTo(number);
            assertThat(receipt.size()).isEqualTo(length);
            assertThat(receipt.etag()).isNotBlank().doesNotContain("\"");
            return receipt;
        }
    }

    private static void assertInvalidPart(ThrowingCallable call, Problem problem, int partNumber, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidPartException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    assertThat(((InvalidPartException) e).problem()).isEqualTo(problem);
                    assertThat(((InvalidPartException) e).partNumber()).isEqualTo(partNumber);
                });
    }

    private static String sha256Of(String key) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = store.get(key)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
