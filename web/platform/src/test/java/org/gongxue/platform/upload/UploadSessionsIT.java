package org.gongxue.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreSettings;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.contentstore.PartReceipt;
import org.gongxue.platform.upload.UploadRefusedException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upload engine against the S3 server the build starts (S3Proxy), driven as the REST API
 * drives it: chunks of 5 MiB (the smallest S3 allows), a pause and another server resuming,
 * and every kind of bad upload, each of which must leave nothing behind.
 */
class UploadSessionsIT {

    private static final int CHUNK = 5 * 1024 * 1024;

    private static ContentStoreSettings storeSettings;
    private static UploadSettings settings;
    private static ContentStore store;
    private static UploadSessions uploads;

    private final String prefix = "it/" + UUID.randomUUID() + "/lectures/7/";

    @BeforeAll
    static void openStore() {
        storeSettings = ContentStoreSettings.from(name -> Optional.ofNullable(System.getProperty(name)));
        store = new ContentStore(storeSettings);
        store.ensureBucket();
        Map<String, String> config = Map.of(UploadSettings.CHUNK_SIZE_MB, "5",
                UploadSettings.MAX_SIZE_PREFIX + "image", "1MiB");
        settings = UploadSettings.from(name -> Optional.ofNullable(config.get(name)));
        uploads = new UploadSessions(store, settings);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void aVideoSentInChunksPausedAndResumedOnAnotherServerIsAssembledWithItsDetectedType() throws Exception {
        byte[] video = video(2 * CHUNK + 777);
        ChunkedUpload upload = uploads.start(FileKind.VIDEO, prefix, "..\\第一讲：长三角一体化.mp4", video.length);
        assertThat(upload.objectKey()).startsWith(prefix).doesNotContain("第一讲");
        assertThat(upload.displayName()).isEqualTo("第一讲：长三角一体化.mp4");
        assertThat(upload.partCount()).isEqualTo(3);
        putChunk(uploads, upload, 1, video);
        putChunk(uploads, upload, 2, video);

        CompletedUpload completed;
        try (ContentStore otherStore = new ContentStore(storeSettings)) {
            UploadSessions otherServer = new UploadSessions(otherStore, settings);
            UploadStatus status = otherServer.status(upload);
            assertThat(status.receivedParts()).containsExactly(1, 2);
            assertThat(status.receivedBytes()).isEqualTo(2L * CHUNK);
            assertThat(status.resumeFrom()).hasValue(3);
            assertThatThrownBy(() -> otherStore.stat(upload.objectKey())).isInstanceOf(ObjectNotFoundException.class);

            putChunk(otherServer, upload, 3, video);
            completed = otherServer.complete(upload);
        }

        assertThat(completed.objectKey()).isEqualTo(upload.objectKey());
        assertThat(completed.size()).isEqualTo(video.length);
        assertThat(completed.type().mediaType()).isEqualTo("video/mp4");
        assertThat(completed.displayName()).isEqualTo("第一讲：长三角一体化.mp4");
        try (InputStream in = store.get(upload.objectKey())) {
            assertThat(in.readAllBytes()).isEqualTo(video);
        }
        assertThat(store.stat(upload.objectKey()).contentType()).isEqualTo("video/mp4");
        assertThat(uploads.complete(upload)).as("asked again after a lost answer").isEqualTo(completed);
        assertRefused(() -> uploads.status(upload), Reason.UPLOAD_GONE);
    }

    @Test
    void aChunkSentAgainReplacesTheFirstAndChunksMayComeInAnyOrder() throws Exception {
        byte[] video = video(CHUNK + 10);
        ChunkedUpload upload = uploads.start(FileKind.VIDEO, prefix, "clip.mp4", video.length);

        putChunk(uploads, upload, 2, video);
        uploads.putChunk(upload, 1, new ByteArrayInputStream(Arrays.copyOf(SampleFiles.resource("clip.mp4"), CHUNK)),
                CHUNK);
        putChunk(uploads, upload, 1, video);
        uploads.complete(upload);

        try (InputStream in = store.get(upload.objectKey())) {
            assertThat(in.readAllBytes()).isEqualTo(video);
        }
    }

    @Test
    void anExecutableNamedPdfIsRefusedOnItsFirstChunkAndLeavesNothing() {
        byte[] executable = SampleFiles.windowsExecutable();
        ChunkedUpload upload = uploads.start(FileKind.DOCUMENT, prefix, "讲义.pdf", executable.length);

        assertRefused(() -> uploads.putChunk(upload, 1, new ByteArrayInputStream(executable), executable.length),
                Reason.TYPE_NOT_ALLOWED, "'讲义.pdf' is application/x-msdownload");

        assertRefused(() -> uploads.status(upload), Reason.UPLOAD_GONE);
        assertThatThrownBy(() -> store.stat(upload.objectKey())).isInstanceOf(ObjectNotFoundException.class);
        assertThat(unfinishedUnderPrefix()).isZero();
    }

    @Test
    void subtitlesAreTakenForTheirTimingLinesAndTextThatIsNoSubtitleIsRefused() {
        byte[] subrip = SampleFiles.text(SampleFiles.SUBRIP_TEXT, StandardCharsets.UTF_8);
        ChunkedUpload upload = uploads.start(FileKind.SUBTITLE, prefix, "第一讲.srt", subrip.length);
        uploads.putChunk(upload, 1, new ByteArrayInputStream(subrip), subrip.length);

        assertThat(uploads.complete(upload).type().mediaType()).isEqualTo(DetectedType.SUBRIP);

        byte[] notes = SampleFiles.text("会议纪要，不是字幕。\n", StandardCharsets.UTF_8);
        ChunkedUpload fake = uploads.start(FileKind.SUBTITLE, prefix, "第二讲.srt", notes.length);
        assertRefused(() -> uploads.putChunk(fake, 1, new ByteArrayInputStream(notes), notes.length),
                Reason.TYPE_NOT_ALLOWED, "is text/plain");
    }

    @Test
    void emptyOversizedAndNamelessFilesAreRefusedBeforeAnyUploadStarts() {
        assertRefused(() -> uploads.start(FileKind.DOCUMENT, prefix, "空.pdf", 0), Reason.EMPTY_FILE);
        assertRefused(() -> uploads.start(FileKind.IMAGE, prefix, "大.png", 1024 * 1024 + 1), Reason.TOO_LARGE,
                "at most 1048576 bytes");
        assertRefused(() -> uploads.start(FileKind.IMAGE, prefix, "../\u202E..", 100), Reason.NAME_UNUSABLE);

        assertThat(unfinishedUnderPrefix()).isZero();
    }

    @Test
    void chunksThatDoNotFitTheDeclaredSizeAreRefusedAndStoreNothing() {
        byte[] video = video(CHUNK + 10);
        ChunkedUpload upload = uploads.start(FileKind.VIDEO, prefix, "clip.mp4", video.length);

        assertRefused(() -> uploads.putChunk(upload, 0, new ByteArrayInputStream(video), 1), Reason.NO_SUCH_PART);
        assertRefused(() -> uploads.putChunk(upload, 3, new ByteArrayInputStream(video), 10), Reason.NO_SUCH_PART);
        assertRefused(() -> uploads.putChunk(upload, 2, new ByteArrayInputStream(video), 11),
                Reason.WRONG_CHUNK_LENGTH, "has 10 bytes, the chunk sent 11");
        assertRefused(() -> uploads.putChunk(upload, 2, new ByteArrayInputStream(new byte[9]), -1),
                Reason.WRONG_CHUNK_LENGTH, "ended after 9 of its declared 10 bytes");
        assertRefused(() -> uploads.putChunk(upload, 2, new ByteArrayInputStream(new byte[11]), -1),
                Reason.WRONG_CHUNK_LENGTH, "goes on past its declared 10 bytes");
        assertRefused(() -> uploads.putChunk(upload, 1, new ByteArrayInputStream(video, 0, 1000), -1),
                Reason.WRONG_CHUNK_LENGTH);

        assertThat(uploads.status(upload).receivedParts()).isEmpty();
        uploads.cancel(upload);
    }

    @Test
    void completionNamesTheMissingPartsAndSucceedsOnceTheyAreSent() throws Exception {
        byte[] video = video(3 * CHUNK);
        ChunkedUpload upload = uploads.start(FileKind.VIDEO, prefix, "clip.mp4", video.length);
        putChunk(uploads, upload, 2, video);

        assertRefused(() -> uploads.complete(upload), Reason.PARTS_MISSING, "lacks parts [1, 3]");

        putChunk(uploads, upload, 1, video);
        putChunk(uploads, upload, 3, video);
        assertThat(uploads.complete(upload).size()).isEqualTo(video.length);
    }

    @Test
    void aCancelledUploadIsGoneAndCancellingAgainIsHarmless() throws Exception {
        byte[] video = video(CHUNK + 10);
        ChunkedUpload upload = uploads.start(FileKind.VIDEO, prefix, "clip.mp4", video.length);
        putChunk(uploads, upload, 1, video);

        assertThat(uploads.cancel(upload)).isTrue();

        assertRefused(() -> putChunk(uploads, upload, 2, video), Reason.UPLOAD_GONE);
        assertRefused(() -> uploads.complete(upload), Reason.UPLOAD_GONE);
        assertThat(uploads.cancel(upload)).isFalse();
        assertThatThrownBy(() -> store.stat(upload.objectKey())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void abandonedUploadsNobodyKnowsAreAbortedAndKnownOnesKept() {
        ChunkedUpload known = uploads.start(FileKind.IMAGE, prefix, "a.png", 100);
        ChunkedUpload abandoned = uploads.start(FileKind.IMAGE, prefix, "b.png", 100);
        ChunkedUpload otherFeatures = uploads.start(FileKind.IMAGE, "it/" + UUID.randomUUID() + "/", "c.png", 100);

        int aborted = uploads.abortAbandoned(prefix, Instant.now().plus(Duration.ofMinutes(5)),
                upload -> upload.uploadId().equals(known.uploadId()));

        assertThat(aborted).isEqualTo(1);
        assertRefused(() -> uploads.status(abandoned), Reason.UPLOAD_GONE);
        assertThat(uploads.status(known).missingParts()).containsExactly(1);
        assertThat(uploads.status(otherFeatures).missingParts()).containsExactly(1);
        assertThat(uploads.abortAbandoned(prefix, Instant.now().minus(Duration.ofHours(1)), upload -> false)).isZero();
        uploads.cancel(known);
        uploads.cancel(otherFeatures);
    }

    @Test
    void aFileSentWholeIsStoredInPartsWithItsDetectedTypeAndCleanedName() throws Exception {
        byte[] video = video(2 * CHUNK + 99);

        CompletedUpload stored = uploads.storeWhole(FileKind.VIDEO, prefix, "C:\\课件\\第三讲.mp4",
                new ByteArrayInputStream(video), video.length);

        assertThat(stored.objectKey()).startsWith(prefix);
        assertThat(stored.displayName()).isEqualTo("第三讲.mp4");
        assertThat(stored.type().mediaType()).isEqualTo("video/mp4");
        assertThat(stored.size()).isEqualTo(video.length);
        try (InputStream in = store.get(stored.objectKey())) {
            assertThat(in.readAllBytes()).isEqualTo(video);
        }
    }

    @Test
    void aWholeFileOfTheWrongTypeOrSizeIsRefusedAndLeavesNoObject() {
        byte[] executable = SampleFiles.windowsExecutable();
        byte[] pdf = SampleFiles.pdf();

        assertRefused(() -> uploads.storeWhole(FileKind.DOCUMENT, prefix, "讲义.pdf",
                new ByteArrayInputStream(executable), executable.length), Reason.TYPE_NOT_ALLOWED);
        assertRefused(() -> uploads.storeWhole(FileKind.DOCUMENT, prefix, "讲义.pdf",
                new ByteArrayInputStream(pdf), pdf.length + 1), Reason.WRONG_SIZE);
        assertRefused(() -> uploads.storeWhole(FileKind.DOCUMENT, prefix, "讲义.pdf",
                new ByteArrayInputStream(pdf), pdf.length - 1), Reason.WRONG_SIZE, "more");
        // A body far longer than declared is read only one byte past the declaration.
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served < pdf.length ? pdf[(int) served++] : (int) (served++ & 0x7F);
            }
        };
        assertRefused(() -> uploads.storeWhole(FileKind.DOCUMENT, prefix, "讲义.pdf", endless, pdf.length),
                Reason.WRONG_SIZE);
        assertRefused(() -> uploads.storeWhole(FileKind.IMAGE, prefix, "大.png",
                new ByteArrayInputStream(SampleFiles.png()), 1024 * 1024 + 1), Reason.TOO_LARGE);
        assertRefused(() -> uploads.storeWhole(FileKind.DOCUMENT, prefix, "空.pdf",
                new ByteArrayInputStream(new byte[0]), 0), Reason.EMPTY_FILE);

        assertThat(store.listKeys(prefix)).isEmpty();
    }

    /** An MP4 of {@code size} bytes: a real clip's header, then noise. */
    private static byte[] video(int size) {
        byte[] video = new byte[size];
        new Random(size).nextBytes(video);
        byte[] clip = SampleFiles.resource("clip.mp4");
        System.arraycopy(clip, 0, video, 0, clip.length);
        return video;
    }

    private static PartReceipt putChunk(UploadSessions engine, ChunkedUpload upload, int part, byte[] file) {
        int offset = (int) upload.offsetOf(part);
        int length = (int) upload.lengthOf(part);
        return engine.putChunk(upload, part, new ByteArrayInputStream(file, offset, length), length);
    }

    private long unfinishedUnderPrefix() {
        return store.listStaleUploads(Instant.now().plus(Duration.ofMinutes(5))).stream()
                .filter(upload -> upload.key().startsWith(prefix)).count();
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertRefused(call, reason, "");
    }

    private static void assertRefused(ThrowingCallable call, Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(UploadRefusedException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((UploadRefusedException) e).reason()).isEqualTo(reason));
    }
}
