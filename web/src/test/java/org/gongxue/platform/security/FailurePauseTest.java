package org.gongxue.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pause holds a thread only when a delay is due and few others are held already (no clocks involved). */
class FailurePauseTest {

    private final List<Long> slept = new ArrayList<>();

    @Test
    void aDueDelayIsWaitedInFull() {
        FailurePause pause = new FailurePause(2, slept::add);

        assertThat(pause.pause(Duration.ofSeconds(2))).isTrue();
        assertThat(slept).containsExactly(2000L);
    }

    @Test
    void noDelayNoWait() {
        FailurePause pause = new FailurePause(2, slept::add);

        assertThat(pause.pause(Duration.ZERO)).isFalse();
        assertThat(slept).isEmpty();
    }

    @Test
    void whenTheWaitingPlacesAreTakenTheAnswerGoesOutAtOnce() {
        List<Boolean> secondWaited = new ArrayList<>();
        FailurePause[] pause = new FailurePause[1];
        // While the first failure waits (inside the sleeper), a second one arrives.
        pause[0] = new FailurePause(1, millis -> {
            slept.add(millis);
            if (slept.size() == 1) {
                secondWaited.add(pause[0].pause(Duration.ofSeconds(4)));
            }
        });

        assertThat(pause[0].pause(Duration.ofSeconds(1))).isTrue();

        assertThat(secondWaited).containsExactly(false);
        assertThat(slept).containsExactly(1000L);
        assertThat(pause[0].pause(Duration.ofSeconds(2))).as("the place is free again").isTrue();
    }

    @Test
    void anInterruptedWaitEndsAndKeepsTheInterrupt() {
        FailurePause pause = new FailurePause(1, millis -> {
            throw new InterruptedException();
        });

        assertThat(pause.pause(Duration.ofSeconds(1))).isTrue();
        assertThat(Thread.interrupted()).isTrue();
    }
}
