package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a meeting's summary (纪要): never changed, the latest is the summary. */
@Entity
@Table(name = "event_minutes")
public class EventMinutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "written_by", nullable = false, updatable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected EventMinutes() {
    }

    public EventMinutes(long eventId, String body, long writtenBy, Instant writtenAt) {
        this.eventId = eventId;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getBody() {
        return body;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
