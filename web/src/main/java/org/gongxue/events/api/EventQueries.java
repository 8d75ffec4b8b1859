package org.gongxue.events.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongxue.events.service.EventCatalog.EventWindow;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.validation.InvalidInputException;

/** Reads the window of an event listing from query parameters, for the REST API and the calendar feeds. */
final class EventQueries {

    /** The default window: a month back (recent events stay in calendars) and a year ahead. */
    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 365;
    /** A longer window is refused rather than listed: calendars ask month by month. */
    static final int MAX_DAYS = 400;

    private EventQueries() {
    }

    static EventWindow window(String from, String to, Long seriesId, String locality) {
        LocalDate first = from == null ? ZoneClock.today().minusDays(DAYS_BACK) : day(from, "from");
        LocalDate last = to == null ? first.plusDays(DAYS_BACK + DAYS_AHEAD) : day(to, "to");
        if (!last.isAfter(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw InvalidInputException.of("to", "events.query.window.invalid");
        }
        String host = locality == null || locality.isBlank() ? null : locality;
        return new EventWindow(first.atStartOfDay(), last.atStartOfDay(), seriesId, host);
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "events.query.date.invalid");
        }
    }
}
