package org.gongxue.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gongxue.contentstore.UploadId;
import org.gongxue.platform.upload.UploadRefusedException.Reason;
import org.junit.jupiter.api.Test;

class ChunkedUploadTest {

    private static final int CHUNK = 8 * 1024 * 1024;
    private static final long TWO_GIB = 2L * 1024 * 1024 * 1024;

    @Test
    void aFileIsCutIntoFullChunksAndARest() {
        ChunkedUpload upload = upload(2L * CHUNK + 100);

        assertThat(upload.partCount()).isEqualTo(3);
        assertThat(upload.offsetOf(1)).isZero();
        assertThat(upload.offsetOf(3)).isEqualTo(2L * CHUNK);
        assertThat(upload.lengthOf(1)).isEqualTo(CHUNK);
        assertThat(upload.lengthOf(2)).isEqualTo(CHUNK);
        assertThat(upload.lengthOf(3)).isEqualTo(100);
    }

    @Test
    void aFileOfWholeChunksHasNoShortLastPartAndASmallFileIsOnePart() {
        assertThat(upload(2L * CHUNK).partCount()).isEqualTo(2);
        assertThat(upload(2L * CHUNK).lengthOf(2)).isEqualTo(CHUNK);
        assertThat(upload(1).partCount()).isEqualTo(1);
        assertThat(upload(1).lengthOf(1)).isEqualTo(1);
    }

    @Test
    void twoGibibytesNeedTwoHundredFiftySixPartsAndOffsetsBeyondIntegersWork() {
        ChunkedUpload video = upload(TWO_GIB + 1);

        assertThat(video.partCount()).isEqualTo(257);
        assertThat(video.offsetOf(257)).isEqualTo(TWO_GIB);
        assertThat(video.lengthOf(257)).isEqualTo(1);
        assertThat(video.partHolding(TWO_GIB)).isEqualTo(257);
        assertThat(video.partHolding(TWO_GIB - 1)).isEqualTo(256);
    }

    @Test
    void eachByteBelongsToThePartThatHoldsIt() {
        ChunkedUpload upload = upload(3L * CHUNK);

        assertThat(upload.partHolding(0)).isEqualTo(1);
        assertThat(upload.partHolding(CHUNK - 1)).isEqualTo(1);
        assertThat(upload.partHolding(CHUNK)).isEqualTo(2);
        assertThat(upload.partHolding(3L * CHUNK - 1)).isEqualTo(3);
        assertRefused(() -> upload.partHolding(3L * CHUNK), Reason.CHUNK_NOT_ALIGNED);
        assertRefused(() -> upload.partHolding(-1), Reason.CHUNK_NOT_ALIGNED);
    }

    @Test
    void aChunkGivenByOffsetMustStartAPartAndBeThatPart() {
        ChunkedUpload upload = upload(2L * CHUNK + 100);

        assertThat(upload.partOfChunk(0, CHUNK)).isEqualTo(1);
        assertThat(upload.partOfChunk(2L * CHUNK, 100)).isEqualTo(3);
        assertRefused(() -> upload.partOfChunk(1, CHUNK), Reason.CHUNK_NOT_ALIGNED);
        assertRefused(() -> upload.partOfChunk(CHUNK, CHUNK - 1), Reason.WRONG_CHUNK_LENGTH);
        assertRefused(() -> upload.partOfChunk(2L * CHUNK, 101), Reason.WRONG_CHUNK_LENGTH);
        assertRefused(() -> upload.partOfChunk(3L * CHUNK, 1), Reason.CHUNK_NOT_ALIGNED);
    }

    @Test
    void partsOutsideTheFileAreRefused() {
        ChunkedUpload upload = upload(2L * CHUNK + 100);

        assertRefused(() -> upload.lengthOf(0), Reason.NO_SUCH_PART);
        assertRefused(() -> upload.lengthOf(4), Reason.NO_SUCH_PART);
        assertRefused(() -> upload.requireLength(4, 100), Reason.NO_SUCH_PART);
        assertRefused(() -> upload.requireLength(3, CHUNK), Reason.WRONG_CHUNK_LENGTH);
    }

    @Test
    void theMissingPartsAreThoseNotReceivedInOrder() {
        ChunkedUpload upload = upload(5L * CHUNK);

        assertThat(upload.missingParts(List.of())).containsExactly(1, 2, 3, 4, 5);
        assertThat(upload.missingParts(List.of(4, 1, 2))).containsExactly(3, 5);
        assertThat(upload.missingParts(List.of(1, 2, 3, 4, 5))).isEmpty();
    }

    @Test
    void statusSaysWhereToResume() {
        UploadStatus midway = new UploadStatus(List.of(1, 2, 4), List.of(3, 5), 3L * CHUNK);
        UploadStatus done = new UploadStatus(List.of(1, 2), List.of(), 2L * CHUNK);

        assertThat(midway.resumeFrom()).hasValue(3);
        assertThat(midway.allReceived()).isFalse();
        assertThat(done.resumeFrom()).isEmpty();
        assertThat(done.allReceived()).isTrue();
    }

    @Test
    void impossibleUploadsCannotBeDescribed() {
        assertThatThrownBy(() -> upload(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChunkedUpload("k", new UploadId("u"), FileKind.VIDEO, "a.mp4", 100, 1024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S3's smallest part");
        assertThatThrownBy(() -> upload(10_001L * CHUNK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 10000 parts");
        assertThat(upload(10_000L * CHUNK).partCount()).isEqualTo(10_000);
    }

    private static ChunkedUpload upload(long size) {
        return new ChunkedUpload("lectures/1/x", new UploadId("upload-1"), FileKind.VIDEO, "第一讲.mp4", size, CHUNK);
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(UploadRefusedException.class)
                .satisfies(e -> assertThat(((UploadRefusedException) e).reason()).isEqualTo(reason));
    }
}
