package org.gongxue.chair.service;

import java.time.LocalDate;
import java.util.List;
import org.gongxue.chair.model.Attendee;
import org.gongxue.chair.model.WorkMeeting;

/** A work meeting with its attendees and resolutions, for one reader ({@code convenable}: may they write it). */
public final class MeetingView {

    private final long id;
    private final String title;
    private final LocalDate heldOn;
    private final String place;
    private final String chairLocalityCode;
    private final String agenda;
    private final String minutes;
    private final List<Attendee> attendees;
    private final List<ResolutionView> resolutions;
    private final boolean convenable;

    MeetingView(WorkMeeting meeting, List<ResolutionView> resolutions, boolean convenable) {
        this.id = meeting.getId();
        this.title = meeting.getTitle();
        this.heldOn = meeting.getHeldOn();
        this.place = meeting.getPlace();
        this.chairLocalityCode = meeting.getChairLocalityCode();
        this.agenda = meeting.getAgenda();
        this.minutes = meeting.getMinutes();
        this.attendees = List.copyOf(meeting.getAttendees());
        this.resolutions = List.copyOf(resolutions);
        this.convenable = convenable;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getChairLocalityCode() {
        return chairLocalityCode;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }

    public List<ResolutionView> getResolutions() {
        return resolutions;
    }

    public boolean isConvenable() {
        return convenable;
    }
}
