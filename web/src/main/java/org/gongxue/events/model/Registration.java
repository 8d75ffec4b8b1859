package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gongxue.platform.database.TrackedEntity;

/**
 * A person's registration for an event, counted against the quota of their locality. Kept after
 * cancellation or rejection, so that registering again reuses it (one row per person and event).
 * {@code queuedAt} orders the waiting list; {@code checkInCode} is the content of their QR code.
 */
@Entity
@Table(name = "registration")
public class Registration extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "check_in_code", nullable = false)
    private String checkInCode;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private String checkedInBy;

    @Column(name = "decided_by")
    private String decidedBy;

    protected Registration() {
    }

    public Registration(Event event, long personId, String localityCode, String checkInCode) {
        this.event = event;
        this.personId = personId;
        this.localityCode = localityCode;
        this.checkInCode = checkInCode;
    }

    /** Puts the registration (back) in line with the given status, at the end of the queue. */
    public void enter(RegistrationStatus newStatus, Instant now) {
        status = newStatus;
        queuedAt = now;
        decidedBy = null;
    }

    public void decide(RegistrationStatus newStatus, String decider) {
        status = newStatus;
        decidedBy = decider;
    }

    public void checkIn(Instant at, String by) {
        checkedInAt = at;
        checkedInBy = by;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public long getPersonId() {
        return personId;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public String getCheckedInBy() {
        return checkedInBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
