package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4LayoutTest {

    @TempDir
    Path directory;

    @Test
    void theIndexBeforeTheMediaIsFaststart() throws IOException {
        assertThat(layout(box("ftyp", 16), box("moov", 100), box("mdat", 1000))).isTrue();
        assertThat(layout(box("ftyp", 16), box("free", 8), box("moov", 100), box("mdat", 1000))).isTrue();
    }

    @Test
    void theMediaBeforeTheIndexIsNot() throws IOException {
        assertThat(layout(box("ftyp", 16), box("mdat", 1000), box("moov", 100))).isFalse();
    }

    @Test
    void sixtyFourBitBoxSizesAreFollowed() throws IOException {
        assertThat(layout(box("ftyp", 16), largeBox("free", 40), box("moov", 100))).isTrue();
        assertThat(layout(box("ftyp", 16), largeBox("mdat", 40), box("moov", 100))).isFalse();
    }

    @Test
    void filesThatAreNotBoxesAreNotFaststart() throws IOException {
        assertThat(layout(new byte[0])).isFalse();
        assertThat(layout("RIFF....AVI LIST".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(layout(box("ftyp", 16), new byte[] {0, 0, 0, 3, 'x', 'x', 'x', 'x'}, box("moov", 8))).isFalse();
        assertThat(layout(box("ftyp", 16), new byte[] {0, 0, 0, 0, 'f', 'r', 'e', 'e'}, box("moov", 8))).isFalse();
        assertThat(layout(box("ftyp", 16), box("free", 4_000))).isFalse();
    }

    private boolean layout(byte[]... boxes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] box : boxes) {
            bytes.write(box);
        }
        Path file = Files.write(directory.resolve("file.mp4"), bytes.toByteArray());
        return Mp4Layout.indexBeforeMedia(file);
    }

    private static byte[] box(String type, int size) {
        return ByteBuffer.allocate(size).putInt(size).put(type.getBytes(StandardCharsets.US_ASCII)).array();
    }

    private static byte[] largeBox(String type, int size) {
        return ByteBuffer.allocate(size).putInt(1).put(type.getBytes(StandardCharsets.US_ASCII)).putLong(size).array();
    }
}
