package org.gongxue.platform.streaming;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP-dates (RFC 9110 §5.6.7): always sent as IMF-fixdate; all three historic forms accepted,
 * as recipients must.
 */
public final class HttpDates {

    /*
     * Not DateTimeFormatter.RFC_1123_DATE_TIME: it writes single-digit days without the zero that
     * IMF-fixdate requires ("Sun, 6 Nov" rather than "Sun, 06 Nov").
     */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /*
     * RFC 850 dates have two-digit years. Reading them in 1970..2069 agrees with RFC 9110's rule
     * (a year more than 50 years ahead is in the past century) for every date of this century's
     * first half.
     */
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final List<DateTimeFormatter> ACCEPTED = List.of(IMF_FIXDATE, RFC_850, ASCTIME);

    private HttpDates() {
    }

    /** The IMF-fixdate of the instant; HTTP-dates have whole seconds, so any fraction is dropped. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The instant of an HTTP-date, or empty when the value is not one (and must be ignored). */
    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = ByteRangeHeader.stripOws(value);
        for (DateTimeFormatter form : ACCEPTED) {
            try {
                return Optional.of(Instant.from(form.parse(text)));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
