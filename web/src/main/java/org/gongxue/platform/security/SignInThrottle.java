package org.gongxue.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Recent failed sign-ins of one account ({@code account:<username>}) or one client address
 * ({@code address:<ip>}). Failures older than the lock period are forgotten; reaching the limit
 * locks the key for the lock period and starts counting afresh.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    SignInThrottle(String key) {
        this.key = key;
        this.lastFailureAt = Instant.EPOCH;
    }

    /**
     * Counts a failure; the one that reaches the limit locks the key for the lock period.
     *
     * @return the recent failures, this one included (the locking one too)
     */
    int fail(Instant now, int limit, Duration lockPeriod) {
        if (lastFailureAt.plus(lockPeriod).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        int counted = failures;
        if (failures >= limit) {
            lockedUntil = now.plus(lockPeriod);
            failures = 0;
        }
        return counted;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
