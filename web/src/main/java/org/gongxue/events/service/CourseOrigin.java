package org.gongxue.events.service;

import java.time.LocalDateTime;
import org.gongxue.events.model.Event;

/** The event a course was made from, and its series: what the course page links back to. */
public final class CourseOrigin {

    private final long eventId;
    private final String eventTitle;
    private final LocalDateTime startsAt;
    private final SeriesView series;

    CourseOrigin(Event event) {
        this.eventId = event.getId();
        this.eventTitle = event.getTitle();
        this.startsAt = event.getStartsAt();
        this.series = new SeriesView(event.getSeries());
    }

    public long getEventId() {
        return eventId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public SeriesView getSeries() {
        return series;
    }
}
