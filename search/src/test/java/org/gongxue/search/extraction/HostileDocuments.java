package org.gongxue.search.extraction;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/** Inputs that a parser must not be allowed to turn against the server. */
final class HostileDocuments {

    private HostileDocuments() {
    }

    /** Text that never ends, as from a stalled or malicious upload: only the time limit stops it. */
    static InputStream endlessText() {
        byte[] line = (ChineseDocuments.TEXT + "\n").getBytes(UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return line[(int) (position++ % line.length)] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return length;
            }
        };
    }

    /**
     * An HTML page whose one attribute value is the given number of characters long, streamed
     * without holding it in this JVM. The HTML parser buffers a token until it ends, so the
     * child's heap fills up with it: a memory bomb of plain, highly compressible content.
     */
    static InputStream htmlWithHugeAttribute(long characters) {
        InputStream head = new ByteArrayInputStream("<html><body><p title=\"".getBytes(UTF_8));
        InputStream tail = new ByteArrayInputStream("\">".concat(ChineseDocuments.TEXT).concat("</p></body></html>").getBytes(UTF_8));
        return new SequenceInputStream(new SequenceInputStream(head, repeated((byte) 'x', characters)), tail);
    }

    /** The first half of a document: what an interrupted upload leaves. */
    static byte[] truncated(byte[] document) {
        return Arrays.copyOf(document, document.length / 2);
    }

    private static InputStream repeated(byte value, long count) {
        return new InputStream() {
            private long remaining = count;

            @Override
            public int read() {
                return remaining-- > 0 ? value : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (remaining <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, remaining);
                Arrays.fill(buffer, offset, offset + n, value);
                remaining -= n;
                return n;
            }
        };
    }
}
