package org.gongxue.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theFifthFailureInARowLocksForTheLockPeriod() {
        SignInThrottle throttle = new SignInThrottle("account:x");
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.fail(START.plusSeconds(i), 5, LOCK)).isEqualTo(i + 1);
        }
        assertThat(throttle.isLocked(START.plusSeconds(4))).isFalse();

        assertThat(throttle.fail(START.plusSeconds(4), 5, LOCK)).isEqualTo(5);

        assertThat(throttle.isLocked(START.plusSeconds(5))).isTrue();
        assertThat(throttle.isLocked(START.plusSeconds(4).plus(LOCK).plusSeconds(1))).isFalse();
    }

    @Test
    void failuresOlderThanTheLockPeriodAreForgotten() {
        SignInThrottle throttle = new SignInThrottle("account:x");
        for (int i = 0; i < 4; i++) {
            throttle.fail(START, 5, LOCK);
        }

        assertThat(throttle.fail(START.plus(LOCK).plusSeconds(1), 5, LOCK)).isEqualTo(1);
        assertThat(throttle.isLocked(START.plus(LOCK).plusSeconds(1))).isFalse();
    }

    @Test
    void afterALockTheCountStartsAfresh() {
        SignInThrottle throttle = new SignInThrottle("account:x");
        for (int i = 0; i < 5; i++) {
            throttle.fail(START, 5, LOCK);
        }

        assertThat(throttle.fail(START.plus(LOCK).plusSeconds(1), 5, LOCK)).isEqualTo(1);
    }
}
