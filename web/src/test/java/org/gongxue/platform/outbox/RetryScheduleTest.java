package org.gongxue.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(5), Duration.ofSeconds(30));

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheCap() {
        assertThat(schedule.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(5));
        assertThat(schedule.nextAttempt(2, NOW)).isEqualTo(NOW.plusSeconds(10));
        assertThat(schedule.nextAttempt(3, NOW)).isEqualTo(NOW.plusSeconds(20));
        assertThat(schedule.nextAttempt(4, NOW)).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(schedule.nextAttempt(5, NOW)).isNull();
        assertThat(schedule.nextAttempt(9, NOW)).isNull();
    }

    @Test
    void manyFailuresNeverOverflowTheDelay() {
        RetrySchedule patient = new RetrySchedule(1000, Duration.ofSeconds(5), Duration.ofHours(1));

        assertThat(patient.nextAttempt(200, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
