package org.gongxue.events.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.gongxue.events.model.EventStatus;
import org.gongxue.library.service.LecturerView;
import org.gongxue.platform.i18n.Messages;
import org.gongxue.platform.time.ZoneClock;

/**
 * Writes events as an iCalendar (RFC 5545) document with ical4j. Times go out in UTC, which every
 * calendar app converts to its own zone without needing a VTIMEZONE definition; each event's UID
 * is stable, so a subscribed calendar updates an event in place rather than duplicating it.
 */
public final class IcsCalendar {

    static final String PRODUCT_ID = "-//Gongxue//Events//ZH";

    private IcsCalendar() {
    }

    /**
     * @param name      the calendar's name as apps show it
     * @param eventPage the address of an event's page, from its id
     * @param locale    the language of the texts the feed adds (series names); null for Chinese
     */
    public static String write(String name, List<EventView> events, Function<Long, URI> eventPage, Locale locale) {
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults().getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (EventView event : events) {
            calendar.add(vevent(event, eventPage.apply(event.getId()), locale));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent vevent(EventView event, URI page, Locale locale) {
        VEvent vevent = new VEvent(event.getStartsAt().atZone(ZoneClock.ZONE).toInstant(),
                event.getEndsAt().atZone(ZoneClock.ZONE).toInstant(), seriesName(event.getSeries(), locale)
                + " · " + event.getTitle());
        vevent.add(new Uid(uid(event.getId())));
        String where = event.getPlace() != null ? event.getPlace() : event.getOnlineUrl();
        vevent.add(new Location(where));
        vevent.add(new Description(description(event, Messages.text(locale, "list.separator"))));
        vevent.add(new Url(page));
        vevent.add(new Status(event.getStatus() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        return vevent;
    }

    /** The series' name in the reader's language: the bundle's for the shared series, else its title. */
    public static String seriesName(SeriesView series, Locale locale) {
        return series.getNameKey() == null ? series.getTitle() : Messages.text(locale, series.getNameKey());
    }

    private static String description(EventView event, String separator) {
        String speakers = event.getSpeakers().stream().map(LecturerView::getName).collect(Collectors.joining(separator));
        StringBuilder text = new StringBuilder(speakers);
        if (event.getOnlineUrl() != null) {
            text.append(text.isEmpty() ? "" : "\n").append(event.getOnlineUrl());
        }
        if (event.getSummary() != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append(event.getSummary());
        }
        return text.toString();
    }

    /** Stable across feeds and servers: what lets a calendar app recognise the same event again. */
    public static String uid(long eventId) {
        return "event-" + eventId + "@gongxue";
    }
}
