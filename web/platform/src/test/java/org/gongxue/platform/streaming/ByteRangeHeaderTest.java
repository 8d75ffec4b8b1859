package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeHeaderTest {

    @Test
    void readsAnIntRange() {
        assertThat(ByteRangeHeader.parse("bytes=0-499")).contains(List.of(new RangeSpec.FromTo(0, 499L)));
    }

    @Test
    void readsAnOpenEndedRange() {
        assertThat(ByteRangeHeader.parse("bytes=500-")).contains(List.of(new RangeSpec.FromTo(500, null)));
    }

    @Test
    void readsASuffixRange() {
        assertThat(ByteRangeHeader.parse("bytes=-500")).contains(List.of(new RangeSpec.Suffix(500)));
    }

    @Test
    void readsAZeroSuffixAsASyntacticallyValidSpec() {
        // Valid syntax, unsatisfiable for every length: the planner answers 416, not 200.
        assertThat(ByteRangeHeader.parse("bytes=-0")).contains(List.of(new RangeSpec.Suffix(0)));
    }

    @Test
    void keepsSeveralSpecsInTheirOrder() {
        assertThat(ByteRangeHeader.parse("bytes=500-599,0-99,-10")).contains(List.of(
                new RangeSpec.FromTo(500, 599L), new RangeSpec.FromTo(0, 99L), new RangeSpec.Suffix(10)));
    }

    @Test
    void acceptsWhitespaceAroundListElementsAndEmptyElements() {
        assertThat(ByteRangeHeader.parse("bytes= 0-1 ,\t2-3, ,")).contains(List.of(
                new RangeSpec.FromTo(0, 1L), new RangeSpec.FromTo(2, 3L)));
    }

    @Test
    void treatsTheUnitCaseInsensitively() {
        assertThat(ByteRangeHeader.parse("Bytes=0-1")).contains(List.of(new RangeSpec.FromTo(0, 1L)));
    }

    @Test
    void saturatesNumbersTooLargeForALong() {
        assertThat(ByteRangeHeader.parse("bytes=0-99999999999999999999999999")).contains(List.of(
                new RangeSpec.FromTo(0, Long.MAX_VALUE)));
        assertThat(ByteRangeHeader.parse("bytes=99999999999999999999999999-")).contains(List.of(
                new RangeSpec.FromTo(Long.MAX_VALUE, null)));
        assertThat(ByteRangeHeader.parse("bytes=-99999999999999999999999999")).contains(List.of(
                new RangeSpec.Suffix(Long.MAX_VALUE)));
    }

    @Test
    void readsAThousandSpecs() {
        String header = "bytes=" + IntStream.range(0, 1000).mapToObj(i -> i * 10 + "-" + (i * 10 + 1))
                .collect(Collectors.joining(","));

        assertThat(ByteRangeHeader.parse(header)).hasValueSatisfying(specs -> assertThat(specs).hasSize(1000));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "", "bytes", "bytes=", "bytes= ", "bytes=,", "bytes=5-1", "bytes=-", "bytes=a-b", "bytes=1-2-3",
        "bytes=0-1,5-1", "bytes=0-1,x", "items=0-1", "bytes 0-1", "=0-1", "bytes=+1-2", "bytes=-1-2",
        "bytes=0x10-20", "bytes=1 - 2", "bytes=0-1;q=1", "bytes=١-٢"
    })
    void rejectsWhatIsNotAValidBytesRangeSet(String header) {
        assertThat(ByteRangeHeader.parse(header)).isEmpty();
    }

    @Test
    void rejectsAHugeListWithOneBadSpecAtTheEnd() {
        String header = "bytes=" + String.join(",", Collections.nCopies(500, "0-1")) + ",9-8";

        assertThat(ByteRangeHeader.parse(header)).isEmpty();
    }
}
