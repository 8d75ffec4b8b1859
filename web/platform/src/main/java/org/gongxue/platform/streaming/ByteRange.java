package org.gongxue.platform.streaming;

/**
 * A satisfiable span of a representation's bytes, both ends inclusive as in HTTP's
 * {@code Content-Range} (RFC 9110 §14.4).
 *
 * @param first offset of the first byte, zero-based
 * @param last  offset of the last byte, at least {@code first}
 */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a byte range needs 0 <= first <= last, was " + first + "-" + last);
        }
    }

    public long length() {
        return last - first + 1;
    }

    /** The value of {@code Content-Range} for this span of a representation of {@code completeLength} bytes. */
    public String contentRange(long completeLength) {
        return "bytes " + first + "-" + last + "/" + completeLength;
    }

    /** Whether the two spans share a byte or touch, so that one span can carry both (RFC 9110 §15.3.7.2). */
    boolean overlapsOrAdjoins(ByteRange other) {
        return first <= other.last && other.first <= last
                || last + 1 == other.first || other.last + 1 == first;
    }

    ByteRange union(ByteRange other) {
        return new ByteRange(Math.min(first, other.first), Math.max(last, other.last));
    }
}
