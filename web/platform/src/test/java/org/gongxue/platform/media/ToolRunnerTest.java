package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A POSIX shell stands in for ffmpeg here, because it can start children and misbehave on request. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ToolRunnerTest {

    private static final Duration GENEROUS = Duration.ofMinutes(1);

    @Test
    void keepsTheExitCodeAndTheLastLinesOfTheErrorStream() throws Exception {
        try (ToolRunner runner = new ToolRunner()) {
            ToolResult result = runner.run(List.of("sh", "-c",
                    "echo report; for i in $(seq 1 100); do echo line $i >&2; done; exit 3"), GENEROUS);

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.succeeded()).isFalse();
            assertThat(result.stdout()).isEqualTo("report\n");
            assertThat(result.stderrTail()).hasSize(ToolRunner.STDERR_LINES).endsWith("line 100");
            assertThat(result.lastLine()).isEqualTo("line 100");
        }
    }

    @Test
    void aRunPastItsLimitIsKilledWithEverythingItStarted() throws Exception {
        try (ToolRunner runner = new ToolRunner()) {
            ToolResult result = runner.run(List.of("sh", "-c", "sleep 300 & echo $!; wait"), Duration.ofMillis(500));

            assertThat(result.timedOut()).isTrue();
            assertThat(result.succeeded()).isFalse();
            long child = Long.parseLong(result.stdout().strip());
            ProcessHandle.of(child).ifPresent(handle -> handle.onExit().join());
            assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }

    @Test
    void standardOutputBeyondTheBoundIsAFailure() throws Exception {
        try (ToolRunner runner = new ToolRunner()) {
            ToolResult result = runner.run(List.of("sh", "-c", "head -c 2000000 /dev/zero"), GENEROUS);

            assertThat(result.succeeded()).isFalse();
            assertThat(result.stdout()).isEmpty();
            assertThat(result.lastLine()).isEqualTo("sh wrote more than 1048576 bytes to standard output");
        }
    }

    @Test
    void aProgramThatDoesNotExistDoesNotStart() {
        try (ToolRunner runner = new ToolRunner()) {
            assertThatThrownBy(() -> runner.run(List.of("/nonexistent/ffmpeg", "-version"), GENEROUS))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aClosedRunnerStartsNothing() {
        ToolRunner runner = new ToolRunner();
        runner.close();

        assertThatThrownBy(() -> runner.run(List.of("sh", "-c", "true"), GENEROUS))
                .isInstanceOf(IOException.class).hasMessageContaining("shut down");
    }
}
