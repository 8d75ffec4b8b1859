package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTailTest {

    @Test
    void keepsTheLastLinesWithoutBlankOnes() {
        LineTail tail = new LineTail(2);

        tail.add("first");
        tail.add("   ");
        tail.add("second");
        tail.add(" third ");

        assertThat(tail.lines()).containsExactly("second", "third");
    }

    @Test
    void cutsLongLines() {
        LineTail tail = new LineTail(1);

        tail.add("x".repeat(10_000));

        assertThat(tail.lines().get(0)).hasSize(LineTail.MAX_LINE_LENGTH + 1).endsWith("…");
    }
}
