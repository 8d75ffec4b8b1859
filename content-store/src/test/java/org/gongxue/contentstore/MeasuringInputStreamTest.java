package org.gongxue.contentstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MeasuringInputStreamTest {

    // Test vectors from FIPS 180-2.
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA256_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void countsAndHashesEveryByteReadWhetherSinglyOrInBlocks() throws IOException {
        MeasuringInputStream in = new MeasuringInputStream(
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
        byte[] buffer = new byte[8];

        assertThat(in.read()).isEqualTo('a');
        assertThat(in.read(buffer, 0, buffer.length)).isEqualTo(2);
        assertThat(in.read(buffer, 0, buffer.length)).isEqualTo(-1);

        assertThat(in.count()).isEqualTo(3);
        assertThat(in.sha256Hex()).isEqualTo(SHA256_OF_ABC);
    }

    @Test
    void skippedBytesAreStillCounted() throws IOException {
        MeasuringInputStream in = new MeasuringInputStream(
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));

        assertThat(in.skip(2)).isEqualTo(2);
        in.read();

        assertThat(in.count()).isEqualTo(3);
        assertThat(in.sha256Hex()).isEqualTo(SHA256_OF_ABC);
    }

    @Test
    void anEmptyStreamHasTheDigestOfNothing() throws IOException {
        MeasuringInputStream in = new MeasuringInputStream(InputStream.nullInputStream());

        assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);

        assertThat(in.count()).isZero();
        assertThat(in.sha256Hex()).isEqualTo(SHA256_OF_NOTHING);
    }

    @Test
    void aFailureOfTheSourceIsMarkedAsSuch() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("client went away");
            }
        };
        MeasuringInputStream in = new MeasuringInputStream(failing);

        assertThatThrownBy(in::read)
                .isInstanceOf(MeasuringInputStream.SourceReadException.class)
                .hasMessage("client went away");
    }
}
