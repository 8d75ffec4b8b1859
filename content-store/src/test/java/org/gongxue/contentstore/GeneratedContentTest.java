package org.gongxue.contentstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

class GeneratedContentTest {

    @Test
    void streamsExactlyItsLengthAndAgreesWithByteAtWhateverTheReadSizes() throws IOException {
        int length = 10_007;
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (GeneratedContent in = new GeneratedContent(42, length)) {
            byte[] buffer = new byte[13];
            read.write(in.read());
            for (int n; (n = in.read(buffer, 0, 1 + read.size() % buffer.length)) > 0; ) {
                read.write(buffer, 0, n);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(read.toByteArray()).isEqualTo(GeneratedContent.bytes(42, 0, length));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        assertThat(GeneratedContent.bytes(7, 1_000, 64)).isEqualTo(GeneratedContent.bytes(7, 1_000, 64));
        assertThat(GeneratedContent.bytes(7, 1_000, 64)).isNotEqualTo(GeneratedContent.bytes(8, 1_000, 64));
    }

    @Test
    void skippingJumpsToThePositionAndStopsAtTheEnd() throws IOException {
        try (GeneratedContent in = new GeneratedContent(9, 1_000)) {
            in.skipNBytes(900);
            assertThat(in.readNBytes(10)).isEqualTo(GeneratedContent.bytes(9, 900, 10));
            assertThat(in.skip(500)).isEqualTo(90);
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
