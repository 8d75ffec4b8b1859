package org.gongxue.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Holds the answer to a failed sign-in for its {@link FailureDelay}. Waiting occupies a request
 * thread, so only a few may wait at once: beyond that a failure is answered at once (a flood of
 * guesses is stopped by the lock-out, which counts every failure, not by the delay), and the
 * threads stay free for everyone else.
 */
@ApplicationScoped
public class FailurePause {

    /** Out of WildFly's default of 16 worker threads per core. */
    static final int MAX_WAITING = 8;

    private final Semaphore waiting;
    private final Sleeper sleeper;

    public FailurePause() {
        this(MAX_WAITING, Thread::sleep);
    }

    FailurePause(int maxWaiting, Sleeper sleeper) {
        this.waiting = new Semaphore(maxWaiting);
        this.sleeper = sleeper;
    }

    /** @return whether the caller waited (false: no delay due, or too many waiting already) */
    public boolean pause(Duration delay) {
        if (delay.isZero() || !waiting.tryAcquire()) {
            return false;
        }
        try {
            sleeper.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.release();
        }
        return true;
    }

    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }
}
