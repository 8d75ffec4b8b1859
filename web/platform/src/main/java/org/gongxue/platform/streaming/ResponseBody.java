package org.gongxue.platform.streaming;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a streaming response carries after its headers. */
public sealed interface ResponseBody {

    /** No content: HEAD, 304, 412, 416, or an empty representation. */
    record None() implements ResponseBody {
    }

    /** One span of the object's bytes, sent as they are (the whole object for a 200). */
    record Bytes(ByteRange range) implements ResponseBody {
    }

    /**
     * A {@code multipart/byteranges} body (RFC 9110 §14.6): one part per range, each with its own
     * Content-Type and Content-Range, then the closing delimiter.
     */
    record Multipart(String boundary, String partContentType, long completeLength, List<ByteRange> ranges)
            implements ResponseBody {

        public Multipart {
            ranges = List.copyOf(ranges);
        }

        /** The delimiter and header fields that precede a part's bytes. */
        public byte[] partHead(ByteRange range) {
            return ascii("--" + boundary + "\r\n"
                    + "Content-Type: " + partContentType + "\r\n"
                    + "Content-Range: " + range.contentRange(completeLength) + "\r\n"
                    + "\r\n");
        }

        /** What follows a part's bytes: the line break that belongs to the next delimiter. */
        public byte[] partTail() {
            return ascii("\r\n");
        }

        public byte[] closingDelimiter() {
            return ascii("--" + boundary + "--\r\n");
        }

        /** The exact body length, so that the response can carry a Content-Length. */
        public long contentLength() {
            long length = closingDelimiter().length;
            for (ByteRange range : ranges) {
                length += partHead(range).length + range.length() + partTail().length;
            }
            return length;
        }

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
