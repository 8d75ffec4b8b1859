package org.gongxue.platform.security;

import java.time.Duration;

/**
 * How long a failed sign-in waits before it is answered, by the number of recent failures of its
 * account or address: nothing for the first failures of an allowance (people mistype), then one
 * second, doubling up to {@link #CAP}. With the default five failures per account: 0, 0, 1, 2, 4 s,
 * and then the lock. Unknown names count like real ones, so the wait says nothing about which
 * accounts exist.
 */
public record FailureDelay(int freeFailures) {

    static final Duration FIRST = Duration.ofSeconds(1);
    /** A request thread is held at most this long: long enough to slow guessing, short enough for the server. */
    static final Duration CAP = Duration.ofSeconds(4);

    /** The schedule for an allowance of {@code limit} failures before the lock: the first two fifths are free. */
    public static FailureDelay forLimit(int limit) {
        return new FailureDelay(limit * 2 / 5);
    }

    /** @param failures recent failures, this one included */
    public Duration after(int failures) {
        int beyondFree = failures - freeFailures;
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        // 2^(beyondFree-1) seconds, without overflowing for large counts.
        int doublings = Math.min(beyondFree - 1, 30);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }
}
