package org.gongxue.chair.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.platform.database.TrackedEntity;

/**
 * A work meeting of the community's offices (工作会议), convened by the locality chairing on its
 * day: agenda, attendees from each locality, and the minutes (纪要) once written.
 */
@Entity
@Table(name = "work_meeting")
public class WorkMeeting extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    private String place;

    @Column(name = "chair_locality_code", nullable = false)
    private String chairLocalityCode;

    @Column(nullable = false)
    private String agenda;

    private String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    protected WorkMeeting() {
    }

    public WorkMeeting(String title, LocalDate heldOn, String chairLocalityCode, String agenda) {
        this.title = title;
        this.heldOn = heldOn;
        this.chairLocalityCode = chairLocalityCode;
        this.agenda = agenda;
    }

    public Long getId() {
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

    public void setPlace(String place) {
        this.place = place;
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

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }
}
