package org.gongxue.events.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.gongxue.events.service.EventCatalog.EventWindow;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;
import org.junit.jupiter.api.Test;

class EventQueriesTest {

    @Test
    void daysBecomeAWindowFromTheFirstMidnightToTheLast() {
        EventWindow window = EventQueries.window("2026-12-01", "2027-01-01", 7L, "WUJIANG");

        assertThat(window.from()).isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 0));
        assertThat(window.to()).isEqualTo(LocalDateTime.of(2027, 1, 1, 0, 0));
        assertThat(window.seriesId()).isEqualTo(7L);
        assertThat(window.hostLocalityCode()).isEqualTo("WUJIANG");
    }

    @Test
    void noDaysMeanAMonthBackAndAYearAhead() {
        EventWindow window = EventQueries.window(null, null, null, " ");

        assertThat(window.to()).isEqualTo(window.from().plusDays(EventQueries.DAYS_BACK + EventQueries.DAYS_AHEAD));
        assertThat(window.hostLocalityCode()).isNull();
    }

    @Test
    void badOrBackwardOrTooLongWindowsAreRefused() {
        assertThat(problem("2026-13-01", "2027-01-01")).isEqualTo("events.query.date.invalid");
        assertThat(problem("2027-01-01", "2026-12-01")).isEqualTo("events.query.window.invalid");
        assertThat(problem("2026-01-01", "2028-01-01")).isEqualTo("events.query.window.invalid");
    }

    private static String problem(String from, String to) {
        try {
            EventQueries.window(from, to, null, null);
            throw new AssertionError("accepted " + from + " to " + to);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::messageKey).findFirst().orElseThrow();
        }
    }
}
