package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongxue.contentstore.ObjectInfo;
import org.junit.jupiter.api.Test;

class ObjectStreamerTest {

    private static final String KEY = "lectures/7/slides.pdf";
    /** Several buffers long, so that copies loop. */
    private static final byte[] CONTENT = generated(3 * ObjectStreamer.BUFFER_SIZE + 123);

    private final InMemorySource source = new InMemorySource();
    private final RecordingSink sink = new RecordingSink();
    private final ObjectStreamer streamer = new ObjectStreamer(source, new StreamingPlanner(() -> "B"));

    @Test
    void sendsTheWholeObject() throws IOException {
        streamer.stream(KEY, "GET", none(), sink);

        assertThat(sink.status).isEqualTo(200);
        assertThat(sink.contentFollows).isTrue();
        assertThat(sink.content.toByteArray()).isEqualTo(CONTENT);
        assertThat(source.openedAndClosed()).isTrue();
    }

    @Test
    void sendsExactlyTheRequestedRange() throws IOException {
        int first = ObjectStreamer.BUFFER_SIZE - 10;
        int last = 2 * ObjectStreamer.BUFFER_SIZE + 10;

        streamer.stream(KEY, "GET", range("bytes=" + first + "-" + last), sink);

        assertThat(sink.status).isEqualTo(206);
        assertThat(sink.content.toByteArray()).isEqualTo(Arrays.copyOfRange(CONTENT, first, last + 1));
    }

    @Test
    void writesAMultipartBodyOfExactlyItsAnnouncedLength() throws IOException {
        streamer.stream(KEY, "GET", range("bytes=0-2,-3"), sink);

        String length = Integer.toString(CONTENT.length);
        byte[] expected = concat(
                ascii("--B\r\nContent-Type: application/pdf\r\nContent-Range: bytes 0-2/" + length + "\r\n\r\n"),
                Arrays.copyOfRange(CONTENT, 0, 3),
                ascii("\r\n--B\r\nContent-Type: application/pdf\r\nContent-Range: bytes " + (CONTENT.length - 3) + "-"
                        + (CONTENT.length - 1) + "/" + length + "\r\n\r\n"),
                Arrays.copyOfRange(CONTENT, CONTENT.length - 3, CONTENT.length),
                ascii("\r\n--B--\r\n"));
        assertThat(sink.status).isEqualTo(206);
        assertThat(sink.content.toByteArray()).isEqualTo(expected);
        assertThat(sink.headers.get("Content-Length")).isEqualTo(Integer.toString(expected.length));
        assertThat(source.opened).hasSize(2);
        assertThat(source.openedAndClosed()).isTrue();
    }

    @Test
    void headOpensNoStreamAndAsksForNoBody() throws IOException {
        streamer.stream(KEY, "HEAD", none(), sink);

        assertThat(sink.status).isEqualTo(200);
        assertThat(sink.headers.get("Content-Length")).isEqualTo(Integer.toString(CONTENT.length));
        assertThat(sink.contentFollows).isFalse();
        assertThat(sink.bodyRequested).isFalse();
        assertThat(source.opened).isEmpty();
    }

    @Test
    void aNotModifiedAnswerOpensNoStream() throws IOException {
        streamer.stream(KEY, "GET", name -> "If-None-Match".equals(name) ? List.of("\"etag-1\"") : List.of(), sink);

        assertThat(sink.status).isEqualTo(304);
        assertThat(sink.bodyRequested).isFalse();
        assertThat(source.opened).isEmpty();
    }

    @Test
    void aClientThatGoesAwayLeavesNoStoreStreamOpen() {
        sink.failAfterBytes = ObjectStreamer.BUFFER_SIZE;

        assertThatThrownBy(() -> streamer.stream(KEY, "GET", none(), sink))
                .isInstanceOf(IOException.class).hasMessageContaining("Broken pipe");
        assertThat(source.opened).hasSize(1);
        assertThat(source.openedAndClosed()).isTrue();
    }

    @Test
    void anObjectShorterThanItsMetadataIsAnErrorNotASilentlyShortBody() {
        source.truncateStreamsBy = 10;

        assertThatThrownBy(() -> streamer.stream(KEY, "GET", none(), sink))
                .isInstanceOf(IOException.class).hasMessageContaining("10 bytes short");
        assertThat(source.openedAndClosed()).isTrue();
    }

    private static RequestHeaders none() {
        return name -> List.of();
    }

    private static RequestHeaders range(String value) {
        return name -> "Range".equals(name) ? List.of(value) : List.of();
    }

    private static byte[] generated(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 251);
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Serves {@link #CONTENT} and remembers every stream it opened and whether it was closed. */
    private static final class InMemorySource implements ObjectSource {

        final List<TrackedStream> opened = new ArrayList<>();
        int truncateStreamsBy;

        @Override
        public ObjectInfo stat(String key) {
            return new ObjectInfo(key, CONTENT.length, "etag-1", Instant.parse("2026-01-01T00:00:00Z"),
                    "application/pdf");
        }

        @Override
        public InputStream openRange(String key, long offset, long length) {
            int end = (int) Math.min(CONTENT.length, offset + length) - truncateStreamsBy;
            TrackedStream stream = new TrackedStream(
                    new ByteArrayInputStream(Arrays.copyOfRange(CONTENT, (int) offset, end)));
            opened.add(stream);
            return stream;
        }

        boolean openedAndClosed() {
            return !opened.isEmpty() && opened.stream().allMatch(stream -> stream.closed);
        }
    }

    private static final class TrackedStream extends FilterInputStream {

        boolean closed;

        TrackedStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static final class RecordingSink implements ResponseSink {

        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream content = new ByteArrayOutputStream();
        int status;
        boolean contentFollows;
        boolean bodyRequested;
        long failAfterBytes = Long.MAX_VALUE;

        @Override
        public void start(int status, Map<String, String> headers, boolean contentFollows) {
            this.status = status;
            this.headers.putAll(headers);
            this.contentFollows = contentFollows;
        }

        @Override
        public OutputStream body() {
            bodyRequested = true;
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (content.size() + length > failAfterBytes) {
                        throw new IOException("Broken pipe");
                    }
                    content.write(bytes, offset, length);
                }
            };
        }
    }
}
