package org.gongxue.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The growing delay's schedule, computed, never timed. */
class FailureDelayTest {

    @Test
    void anAccountsFiveFailuresWaitNothingNothingThenOneTwoFourSeconds() {
        FailureDelay account = FailureDelay.forLimit(5);

        assertThat(IntStream.rangeClosed(1, 5).mapToObj(account::after))
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(4));
    }

    @Test
    void theDelayNeverPassesTheCapHoweverManyFailures() {
        FailureDelay account = FailureDelay.forLimit(5);

        assertThat(account.after(6)).isEqualTo(FailureDelay.CAP);
        assertThat(account.after(1_000)).isEqualTo(FailureDelay.CAP);
        assertThat(account.after(Integer.MAX_VALUE)).isEqualTo(FailureDelay.CAP);
        assertThat(FailureDelay.CAP).isLessThanOrEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void anAddressSharedByAnOfficeGetsTwoFifthsOfItsAllowanceFree() {
        FailureDelay address = FailureDelay.forLimit(50);

        assertThat(address.after(20)).isZero();
        assertThat(address.after(21)).isEqualTo(Duration.ofSeconds(1));
        assertThat(address.after(22)).isEqualTo(Duration.ofSeconds(2));
        assertThat(address.after(49)).isEqualTo(FailureDelay.CAP);
    }

    @Test
    void theTestServersLargeAddressAllowanceDelaysNobodyInPractice() {
        assertThat(FailureDelay.forLimit(1000).after(400)).isZero();
    }
}
