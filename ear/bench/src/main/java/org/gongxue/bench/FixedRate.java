package org.gongxue.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests at a fixed rate, one at a time, and records each one's latency from when it was
 * <em>due</em>, not from when it was sent ("open loop"). A slow answer that delays the next
 * request is charged to that request too, so the percentiles do not hide stalls (coordinated
 * omission). With one request in flight, the rate must stay below what the slower contender can
 * answer, or the queue grows without end — then the latencies say so.
 */
final class FixedRate {

    private final long intervalNanos;

    FixedRate(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("a rate must be at least 1 per second, was " + perSecond);
        }
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    /** Sends {@code count} requests; request i gets the number i. */
    void run(int count, Request request, Samples latencies) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            request.send(i);
            latencies.add(System.nanoTime() - due);
        }
    }

    @FunctionalInterface
    interface Request {
        void send(int number) throws IOException;
    }
}
