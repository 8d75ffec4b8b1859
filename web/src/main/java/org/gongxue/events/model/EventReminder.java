package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A reminder sent to a registrant: its row is what keeps it from being sent again. */
@Entity
@Table(name = "event_reminder")
public class EventReminder {

    /** The day before and the hour before the event starts. */
    public enum Kind {
        DAY,
        HOUR
    }

    @EmbeddedId
    private Key key;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected EventReminder() {
    }

    public EventReminder(long registrationId, Kind kind, Instant sentAt) {
        this.key = new Key(registrationId, kind);
        this.sentAt = sentAt;
    }

    public Key getKey() {
        return key;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Registration and kind. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "registration_id")
        private long registrationId;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind")
        private Kind kind;

        protected Key() {
        }

        public Key(long registrationId, Kind kind) {
            this.registrationId = registrationId;
            this.kind = kind;
        }

        public long getRegistrationId() {
            return registrationId;
        }

        public Kind getKind() {
            return kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.registrationId == registrationId && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(registrationId, kind);
        }
    }
}
