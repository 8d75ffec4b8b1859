package org.gongxue.chair.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.chair.service.MeetingCatalog;
import org.gongxue.chair.service.MeetingDraft.AttendeeDraft;
import org.gongxue.chair.service.MeetingDraft;
import org.gongxue.chair.service.MeetingView;
import org.gongxue.chair.service.ResolutionView;
import org.gongxue.chair.service.WorkMeetingService;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.web.PageMessages;

/**
 * Work meetings ({@code events/meetings.xhtml}, administrators): the resolutions still open, the
 * meetings, and a form for the chair to convene one. Attendees are typed one a line as
 * "locality name" (e.g. {@code QINGPU 张明}) — the offices' lists are short and pasted from documents.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    MeetingCatalog catalog;

    @Inject
    WorkMeetingService meetings;

    private String title;
    private LocalDate heldOn;
    private String place;
    private String agenda;
    private String attendeeLines;

    public List<MeetingView> getMeetings() {
        return catalog.recent(actor.require());
    }

    public List<ResolutionView> getOpenResolutions() {
        return catalog.open(actor.require());
    }

    public String create() {
        try {
            long id = meetings.create(actor.require(), new MeetingDraft(title, heldOn, place, agenda, attendees()));
            return "/events/meeting?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems());
        } catch (AccessDeniedException e) {
            PageMessages.refused("chair.meeting.notChair");
        }
        return null;
    }

    /** "QINGPU 张明" a line; a line without a space is kept whole, so that the service reports it. */
    private List<AttendeeDraft> attendees() {
        List<AttendeeDraft> drafts = new ArrayList<>();
        if (attendeeLines != null) {
            for (String line : attendeeLines.split("\\R")) {
                String[] parts = line.strip().split("\\s+", 2);
                if (!line.isBlank()) {
                    drafts.add(parts.length == 2 ? new AttendeeDraft(parts[0], parts[1]) : new AttendeeDraft(null, line));
                }
            }
        }
        return drafts;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getAttendeeLines() {
        return attendeeLines;
    }

    public void setAttendeeLines(String attendeeLines) {
        this.attendeeLines = attendeeLines;
    }
}
