package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The link from an event to its forum space, opened with the event (one each way), and whether the
 * summary of a salon or symposium held there has been published.
 */
@Entity
@Table(name = "event_room")
public class EventRoom {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "space_id", nullable = false, updatable = false)
    private long spaceId;

    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;

    @Column(name = "minutes_published_by")
    private String minutesPublishedBy;

    protected EventRoom() {
    }

    public EventRoom(long eventId, long spaceId) {
        this.eventId = eventId;
        this.spaceId = spaceId;
    }

    public void publishMinutes(Instant at, String by) {
        minutesPublishedAt = at;
        minutesPublishedBy = by;
    }

    public Long getEventId() {
        return eventId;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public Instant getMinutesPublishedAt() {
        return minutesPublishedAt;
    }

    public String getMinutesPublishedBy() {
        return minutesPublishedBy;
    }
}
