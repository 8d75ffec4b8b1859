package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDatesTest {

    private static final Instant EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void formatsAsImfFixdateWithATwoDigitDayAndNoFraction() {
        assertThat(HttpDates.format(Instant.parse("1994-11-06T08:49:37.999Z")))
                .isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994", " Sun, 06 Nov 1994 08:49:37 GMT "})
    void readsAllThreeFormsOfRfc9110(String value) {
        assertThat(HttpDates.parse(value)).contains(EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-11-26T10:00:00Z", "Sun, 06 Nov 1994 08:49:37 CET",
        "Sun, 32 Nov 1994 08:49:37 GMT"})
    void readsAnythingElseAsNoDate(String value) {
        assertThat(HttpDates.parse(value)).isEmpty();
    }

    @Test
    void readsNullAsNoDate() {
        assertThat(HttpDates.parse(null)).isEmpty();
    }
}
