package org.gongxue.platform.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the value of a {@code Range} header in the {@code bytes} unit (RFC 9110 §14.1.1, §14.2).
 *
 * <p>Anything that is not a valid {@code bytes} ranges-specifier — another unit, an empty set, a
 * range whose last position is before its first, stray characters — parses to empty, which the
 * caller treats as "no Range header": RFC 9110 §14.2 lets a server ignore an invalid one, and the
 * whole representation is the most useful answer to a confused client.
 */
public final class ByteRangeHeader {

    private static final String BYTES_UNIT = "bytes";

    private ByteRangeHeader() {
    }

    /** The range-specs in the order given, or empty when the value is not a valid bytes range set. */
    public static Optional<List<RangeSpec>> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int equals = value.indexOf('=');
        if (equals < 0) {
            return Optional.empty();
        }
        // Range units are case-insensitive (RFC 9110 §14.1).
        String unit = value.substring(0, equals).strip().toLowerCase(Locale.ROOT);
        if (!BYTES_UNIT.equals(unit)) {
            return Optional.empty();
        }
        List<RangeSpec> specs = new ArrayList<>();
        for (String element : value.substring(equals + 1).split(",", -1)) {
            String spec = stripOws(element);
            // A list may hold empty elements, which recipients must accept and skip (RFC 9110 §5.6.1.2).
            if (spec.isEmpty()) {
                continue;
            }
            Optional<RangeSpec> parsed = parseSpec(spec);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            specs.add(parsed.get());
        }
        // range-set = 1#range-spec: at least one.
        return specs.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(specs));
    }

    private static Optional<RangeSpec> parseSpec(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String firstText = spec.substring(0, dash);
        String lastText = spec.substring(dash + 1);
        if (firstText.isEmpty()) {
            return digits(lastText).map(RangeSpec.Suffix::new);
        }
        Optional<Long> first = digits(firstText);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (lastText.isEmpty()) {
            return Optional.of(new RangeSpec.FromTo(first.get(), null));
        }
        Optional<Long> last = digits(lastText);
        if (last.isEmpty() || last.get() < first.get()) {
            return Optional.empty();
        }
        return Optional.of(new RangeSpec.FromTo(first.get(), last.get()));
    }

    /** 1*DIGIT as a number, saturating at {@link Long#MAX_VALUE} instead of overflowing. */
    private static Optional<Long> digits(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            int digit = c - '0';
            value = value > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : value * 10 + digit;
        }
        return Optional.of(value);
    }

    /** Removes optional whitespace, which HTTP defines as spaces and horizontal tabs only (RFC 9110 §5.6.3). */
    static String stripOws(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isOws(text.charAt(start))) {
            start++;
        }
        while (end > start && isOws(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }
}
