package org.gongxue.platform.streaming;

import java.util.Optional;

/**
 * One range-spec of a {@code Range} header (RFC 9110 §14.1.1), before the representation's length
 * is known. Positions too large for a {@code long} are held as {@link Long#MAX_VALUE}: no stored
 * object is that long, so the outcome is the same as with the exact number.
 */
public sealed interface RangeSpec {

    /**
     * The bytes this spec selects in a representation of {@code length} bytes, or empty when it
     * is unsatisfiable there (RFC 9110 §14.1.1: an int-range is satisfiable when its first-pos is
     * below the length, a suffix-range when its suffix-length is above zero).
     */
    Optional<ByteRange> resolve(long length);

    /** {@code first-last}, or {@code first-} (to the end) when {@code last} is null. */
    record FromTo(long first, Long last) implements RangeSpec {

        public FromTo {
            if (first < 0 || last != null && last < first) {
                throw new IllegalArgumentException("an int-range needs 0 <= first <= last, was " + first + "-" + last);
            }
        }

        @Override
        public Optional<ByteRange> resolve(long length) {
            if (first >= length) {
                return Optional.empty();
            }
            long end = last == null ? length - 1 : Math.min(last, length - 1);
            return Optional.of(new ByteRange(first, end));
        }
    }

    /** {@code -suffixLength}: the last bytes; all of them when the representation is shorter. */
    record Suffix(long suffixLength) implements RangeSpec {

        public Suffix {
            if (suffixLength < 0) {
                throw new IllegalArgumentException("a suffix length is not negative, was " + suffixLength);
            }
        }

        @Override
        public Optional<ByteRange> resolve(long length) {
            if (suffixLength == 0 || length == 0) {
                return Optional.empty();
            }
            return Optional.of(new ByteRange(Math.max(0, length - suffixLength), length - 1));
        }
    }
}
