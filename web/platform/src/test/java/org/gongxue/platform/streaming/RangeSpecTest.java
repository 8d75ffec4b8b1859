package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RangeSpecTest {

    @Test
    void anIntRangeInsideTheRepresentationIsTakenAsIs() {
        assertThat(new RangeSpec.FromTo(0, 499L).resolve(1000)).contains(new ByteRange(0, 499));
    }

    @Test
    void anIntRangePastTheEndIsCutAtTheLastByte() {
        assertThat(new RangeSpec.FromTo(900, 5000L).resolve(1000)).contains(new ByteRange(900, 999));
        assertThat(new RangeSpec.FromTo(0, Long.MAX_VALUE).resolve(1000)).contains(new ByteRange(0, 999));
    }

    @Test
    void anOpenEndedRangeRunsToTheLastByte() {
        assertThat(new RangeSpec.FromTo(500, null).resolve(1000)).contains(new ByteRange(500, 999));
    }

    @Test
    void anIntRangeStartingAtOrPastTheEndIsUnsatisfiable() {
        assertThat(new RangeSpec.FromTo(1000, null).resolve(1000)).isEmpty();
        assertThat(new RangeSpec.FromTo(Long.MAX_VALUE, null).resolve(1000)).isEmpty();
        assertThat(new RangeSpec.FromTo(0, 0L).resolve(0)).isEmpty();
    }

    @Test
    void aSuffixTakesTheLastBytes() {
        assertThat(new RangeSpec.Suffix(500).resolve(1000)).contains(new ByteRange(500, 999));
    }

    @Test
    void aSuffixLongerThanTheRepresentationTakesAllOfIt() {
        assertThat(new RangeSpec.Suffix(5000).resolve(1000)).contains(new ByteRange(0, 999));
        assertThat(new RangeSpec.Suffix(Long.MAX_VALUE).resolve(1000)).contains(new ByteRange(0, 999));
    }

    @Test
    void aZeroSuffixOrAnEmptyRepresentationIsUnsatisfiable() {
        assertThat(new RangeSpec.Suffix(0).resolve(1000)).isEmpty();
        assertThat(new RangeSpec.Suffix(10).resolve(0)).isEmpty();
    }

    @Test
    void aByteRangeKnowsItsLengthAndContentRange() {
        ByteRange range = new ByteRange(500, 999);

        assertThat(range.length()).isEqualTo(500);
        assertThat(range.contentRange(1000)).isEqualTo("bytes 500-999/1000");
    }
}
