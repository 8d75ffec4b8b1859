package org.gongxue.chair.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gongxue.chair.service.MeetingCatalog;
import org.gongxue.chair.service.MeetingNotFoundException;
import org.gongxue.chair.service.MeetingView;
import org.gongxue.chair.service.ResolutionDraft;
import org.gongxue.chair.service.WorkMeetingService;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.web.PageMessages;
import org.gongxue.platform.web.PageRequests;

/**
 * One work meeting ({@code events/meeting.xhtml?id=…}): agenda, attendees, minutes, and its
 * resolutions with their progress; the convener writes minutes and resolutions, the owning office
 * writes progress and closes its resolution.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> OWNERS = List.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE");

    @Inject
    CurrentActor actor;

    @Inject
    MeetingCatalog catalog;

    @Inject
    WorkMeetingService meetings;

    private String id;
    private MeetingView meeting;
    private String minutes;
    private String resolutionText;
    private String ownerLocalityCode;
    private LocalDate dueOn;
    /** The progress note typed under each resolution, by resolution id. */
    private final Map<Long, String> notes = new HashMap<>();

    /** The view action. */
    public void load() throws IOException {
        OptionalLong meetingId = PageRequests.positive(id);
        try {
            if (meetingId.isEmpty()) {
                throw new MeetingNotFoundException(id);
            }
            meeting = catalog.find(actor.require(), meetingId.getAsLong());
            minutes = meeting.getMinutes();
        } catch (MeetingNotFoundException e) {
            PageRequests.notFound();
        }
    }

    public void saveMinutes() {
        act(() -> meetings.recordMinutes(actor.require(), meeting.getId(), minutes), "chair.meeting.minutesSaved");
    }

    public void addResolution() {
        if (act(() -> meetings.addResolution(actor.require(), meeting.getId(),
                new ResolutionDraft(resolutionText, ownerLocalityCode, dueOn)), "chair.resolution.added")) {
            resolutionText = null;
            dueOn = null;
        }
    }

    public void addProgress(long resolutionId) {
        if (act(() -> meetings.addProgress(actor.require(), resolutionId, notes.get(resolutionId)),
                "chair.resolution.progressAdded")) {
            notes.remove(resolutionId);
        }
    }

    public void markDone(long resolutionId) {
        act(() -> meetings.markDone(actor.require(), resolutionId), "chair.resolution.closed");
    }

    private boolean act(Runnable change, String doneKey) {
        try {
            change.run();
            PageMessages.info(doneKey);
            return true;
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems());
        } catch (AccessDeniedException | MeetingNotFoundException e) {
            PageMessages.refused("chair.meeting.refused");
        } finally {
            meeting = catalog.find(actor.require(), meeting.getId());
        }
        return false;
    }

    public List<String> getOwners() {
        return OWNERS;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getResolutionText() {
        return resolutionText;
    }

    public void setResolutionText(String resolutionText) {
        this.resolutionText = resolutionText;
    }

    public String getOwnerLocalityCode() {
        return ownerLocalityCode;
    }

    public void setOwnerLocalityCode(String ownerLocalityCode) {
        this.ownerLocalityCode = ownerLocalityCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
