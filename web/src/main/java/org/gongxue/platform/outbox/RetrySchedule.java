package org.gongxue.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed event is tried again: exponential back-off (first, 2×first, 4×first… capped),
 * and no more retries after {@code maxAttempts}. Without jitter on purpose: events are claimed one
 * by one under a lease, so retries of many events do not stampede a recovering server the way
 * clients retrying a request would.
 */
public record RetrySchedule(int maxAttempts, Duration first, Duration cap) {

    /** The time of the next attempt after {@code attemptsSoFar} failed ones, or null when they are used up. */
    public Instant nextAttempt(int attemptsSoFar, Instant now) {
        if (attemptsSoFar >= maxAttempts) {
            return null;
        }
        int doublings = Math.min(attemptsSoFar - 1, 30);
        Duration delay = first.multipliedBy(1L << Math.max(0, doublings));
        return now.plus(delay.compareTo(cap) > 0 ? cap : delay);
    }
}
