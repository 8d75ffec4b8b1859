package org.gongxue.events.service;

import java.time.Instant;
import java.time.LocalDateTime;
import org.gongxue.events.model.Registration;
import org.gongxue.events.model.RegistrationStatus;

/**
 * A registration for pages and the REST API: the event it is for, who, where they stand
 * ({@code placeInLine} 1 is the next to move up; 0 when not waiting), and attendance.
 */
public final class RegistrationView {

    private final long id;
    private final long eventId;
    private final String eventTitle;
    private final LocalDateTime eventStartsAt;
    private final long personId;
    private final String personName;
    private final String localityCode;
    private final RegistrationStatus status;
    private final long placeInLine;
    private final Instant checkedInAt;

    RegistrationView(Registration registration, String personName, long placeInLine) {
        this.id = registration.getId();
        this.eventId = registration.getEvent().getId();
        this.eventTitle = registration.getEvent().getTitle();
        this.eventStartsAt = registration.getEvent().getStartsAt();
        this.personId = registration.getPersonId();
        this.personName = personName;
        this.localityCode = registration.getLocalityCode();
        this.status = registration.getStatus();
        this.placeInLine = placeInLine;
        this.checkedInAt = registration.getCheckedInAt();
    }

    public long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public LocalDateTime getEventStartsAt() {
        return eventStartsAt;
    }

    public long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public long getPlaceInLine() {
        return placeInLine;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }
}
