package org.gongxue.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An event's length becomes its course's credit hours: to the half hour, within the library's bounds. */
class EventCourseHoursTest {

    @Test
    void theLengthIsRoundedToTheHalfHour() {
        assertThat(EventCourseRecords.creditHours(Duration.ofMinutes(120))).isEqualByComparingTo("2.0");
        assertThat(EventCourseRecords.creditHours(Duration.ofMinutes(100))).isEqualByComparingTo("1.5");
        assertThat(EventCourseRecords.creditHours(Duration.ofMinutes(105))).isEqualByComparingTo("2.0");
    }

    @Test
    void aShortEventCountsHalfAnHourAndAVeryLongOneAHundredHours() {
        assertThat(EventCourseRecords.creditHours(Duration.ofMinutes(10))).isEqualByComparingTo("0.5");
        assertThat(EventCourseRecords.creditHours(Duration.ofDays(30))).isEqualByComparingTo("100");
    }
}
