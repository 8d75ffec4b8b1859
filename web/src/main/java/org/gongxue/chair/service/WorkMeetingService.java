package org.gongxue.chair.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.chair.model.Attendee;
import org.gongxue.chair.model.Resolution;
import org.gongxue.chair.model.ResolutionProgress;
import org.gongxue.chair.model.WorkMeeting;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * Writes work meetings and their resolutions: the only writer. Bad input throws
 * {@link InvalidInputException}, refusals {@link AccessDeniedException}; both change nothing.
 * Every change is audited.
 */
@ApplicationScoped
@Transactional
public class WorkMeetingService {

    static final int MAX_LINE = 200;
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_AGENDA = 4000;
    static final int MAX_MINUTES = 8000;
    static final Set<String> LOCALITIES = Set.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    MeetingRules rules;

    @Inject
    ChairCalendar chair;

    @Inject
    AuditLog audit;

    /** Convenes a meeting on a day the actor's locality chairs; the chair is recorded with it. */
    public long create(Actor actor, MeetingDraft draft) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", draft.title(), MAX_LINE, true);
        text(problems, "place", draft.place(), MAX_LINE, false);
        text(problems, "agenda", draft.agenda(), MAX_AGENDA, true);
        if (draft.heldOn() == null) {
            problems.add(Problem.of("heldOn", "chair.meeting.heldOn.required"));
        }
        for (MeetingDraft.AttendeeDraft attendee : draft.attendees()) {
            if (attendee == null || attendee.localityCode() == null || !LOCALITIES.contains(attendee.localityCode())
                    || isBlank(attendee.name()) || attendee.name().strip().length() > MAX_NAME) {
                problems.add(Problem.of("attendees", "chair.meeting.attendee.invalid"));
                break;
            }
        }
        throwIfAny(problems);
        String chairLocality = chair.on(draft.heldOn()).map(ChairTermView::getLocalityCode).orElse(null);
        if (chairLocality == null) {
            throw InvalidInputException.of("heldOn", "chair.meeting.noChair");
        }
        if (!rules.mayConvene(actor, draft.heldOn())) {
            throw new AccessDeniedException("Only the chair of " + draft.heldOn() + " convenes meetings");
        }
        WorkMeeting meeting = new WorkMeeting(draft.title().strip(), draft.heldOn(), chairLocality, draft.agenda().strip());
        meeting.setPlace(isBlank(draft.place()) ? null : draft.place().strip());
        draft.attendees().forEach(a -> meeting.getAttendees().add(new Attendee(a.localityCode(), a.name().strip())));
        em.persist(meeting);
        audit.record(actor, AuditAction.MEETING_CREATED, target(meeting), meeting.getTitle());
        return meeting.getId();
    }

    public void recordMinutes(Actor actor, long meetingId, String minutes) {
        WorkMeeting meeting = convened(actor, meetingId);
        List<Problem> problems = new ArrayList<>();
        text(problems, "minutes", minutes, MAX_MINUTES, true);
        throwIfAny(problems);
        meeting.setMinutes(minutes.strip());
        audit.record(actor, AuditAction.MEETING_MINUTES_RECORDED, target(meeting), null);
    }

    public long addResolution(Actor actor, long meetingId, ResolutionDraft draft) {
        WorkMeeting meeting = convened(actor, meetingId);
        List<Problem> problems = new ArrayList<>();
        text(problems, "text", draft.text(), MAX_TEXT, true);
        if (draft.ownerLocalityCode() == null || !LOCALITIES.contains(draft.ownerLocalityCode())) {
            problems.add(Problem.of("ownerLocalityCode", "chair.resolution.owner.invalid"));
        }
        if (draft.dueOn() == null || draft.dueOn().isBefore(meeting.getHeldOn())) {
            problems.add(Problem.of("dueOn", "chair.resolution.dueOn.invalid"));
        }
        throwIfAny(problems);
        Resolution resolution = new Resolution(meeting, draft.text().strip(), draft.ownerLocalityCode(), draft.dueOn());
        em.persist(resolution);
        audit.record(actor, AuditAction.RESOLUTION_ADDED, target(meeting), resolution.getText());
        return resolution.getId();
    }

    public void addProgress(Actor actor, long resolutionId, String note) {
        Resolution resolution = updatable(actor, resolutionId);
        List<Problem> problems = new ArrayList<>();
        text(problems, "note", note, MAX_TEXT, true);
        throwIfAny(problems);
        if (resolution.isDone()) {
            throw InvalidInputException.of("note", "chair.resolution.alreadyDone");
        }
        ResolutionProgress progress = new ResolutionProgress(resolution, note.strip(), actor.username(), Instant.now());
        em.persist(progress);
        resolution.getProgress().add(progress);
        audit.record(actor, AuditAction.RESOLUTION_PROGRESS, "resolution:" + resolutionId, progress.getNote());
    }

    public void markDone(Actor actor, long resolutionId) {
        Resolution resolution = updatable(actor, resolutionId);
        if (resolution.isDone()) {
            throw InvalidInputException.of(null, "chair.resolution.alreadyDone");
        }
        resolution.markDone(Instant.now(), actor.username());
        audit.record(actor, AuditAction.RESOLUTION_DONE, "resolution:" + resolutionId, null);
    }

    private WorkMeeting convened(Actor actor, long meetingId) {
        WorkMeeting meeting = em.find(WorkMeeting.class, meetingId);
        if (meeting == null || !rules.maySee(actor)) {
            throw new MeetingNotFoundException("meeting " + meetingId);
        }
        if (!rules.mayConvene(actor, meeting.getHeldOn())) {
            throw new AccessDeniedException("Not the convener of meeting " + meetingId);
        }
        return meeting;
    }

    private Resolution updatable(Actor actor, long resolutionId) {
        Resolution resolution = em.find(Resolution.class, resolutionId);
        if (resolution == null || !rules.maySee(actor)) {
            throw new MeetingNotFoundException("resolution " + resolutionId);
        }
        if (!rules.mayUpdate(actor, resolution)) {
            throw new AccessDeniedException("Not an owner of resolution " + resolutionId);
        }
        return resolution;
    }

    private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (isBlank(value)) {
            if (required) {
                problems.add(Problem.of(field, "chair.meeting." + field + ".required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(Problem.of(field, "chair.meeting." + field + ".tooLong"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String target(WorkMeeting meeting) {
        return "meeting:" + meeting.getId();
    }
}
