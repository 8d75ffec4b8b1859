package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.EventKind;
import org.gongxue.events.model.EventSeries;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.service.room.EventRooms;
import org.gongxue.library.model.Lecturer;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * Writes events: the only writer. Organisers (EventRules) create, edit and cancel them, whatever
 * page or endpoint calls; bad input throws {@link InvalidInputException} and refusals
 * {@link AccessDeniedException}, changing nothing. Every change is audited. An event's discussion
 * space opens with it and follows it ({@link EventRooms}); its kind is fixed at creation.
 */
@ApplicationScoped
@Transactional
public class EventService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventRules rules;

    @Inject
    SeatLedger seats;

    @Inject
    AuditLog audit;

    @Inject
    EventRooms rooms;

    public long create(Actor actor, EventDraft draft) {
        EventDraftChecks.check(draft);
        requireOrganizer(actor, draft);
        Event event = new Event(null);
        event.setKind(draft.kind() == null ? EventKind.LECTURE : draft.kind());
        apply(event, draft);
        em.persist(event);
        rooms.open(actor, event);
        audit.record(actor, AuditAction.EVENT_CREATED, target(event), event.getTitle());
        return event.getId();
    }

    /**
     * Changes an event. The editor must organize it as it is and as it will be (moving a shared
     * event into another chair's period hands it over, which only that chair or a platform
     * administrator may do). Larger quotas move waiting registrations up at once.
     */
    public void update(Actor actor, long eventId, EventDraft draft) {
        Event event = organized(actor, eventId);
        EventDraftChecks.check(draft);
        if (draft.kind() != null && draft.kind() != event.getKind()) {
            throw InvalidInputException.of("kind", "events.room.kindFixed");
        }
        requireOrganizer(actor, draft);
        Set<String> localities = new HashSet<>(event.getQuotas().keySet());
        apply(event, draft);
        rooms.open(actor, event);
        localities.addAll(event.getQuotas().keySet());
        em.flush();
        for (String locality : localities) {
            seats.fill(event, locality, seats.lock(eventId, locality));
        }
        audit.record(actor, AuditAction.EVENT_EDITED, target(event), event.getTitle());
    }

    public void cancel(Actor actor, long eventId) {
        Event event = organized(actor, eventId);
        event.setStatus(EventStatus.CANCELLED);
        rooms.close(actor, event);
        audit.record(actor, AuditAction.EVENT_CANCELLED, target(event), event.getTitle());
    }

    private Event organized(Actor actor, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new EventNotFoundException("event " + eventId);
        }
        if (!rules.mayOrganize(actor, event)) {
            throw new AccessDeniedException("Not an organiser of event " + eventId);
        }
        return event;
    }

    private void requireOrganizer(Actor actor, EventDraft draft) {
        if (!rules.mayOrganize(actor, draft.hostLocalityCode(), draft.startsAt().toLocalDate())) {
            throw new AccessDeniedException("Not an organiser of " + draft.hostLocalityCode() + " events");
        }
    }

    private void apply(Event event, EventDraft draft) {
        List<Problem> problems = new ArrayList<>();
        EventSeries series = em.find(EventSeries.class, draft.seriesId());
        if (series == null) {
            problems.add(Problem.of("seriesId", "events.event.series.unknown"));
        }
        List<Lecturer> speakers = new ArrayList<>();
        for (long speakerId : new LinkedHashSet<>(draft.speakerIds())) {
            Lecturer speaker = em.find(Lecturer.class, speakerId);
            if (speaker == null) {
                problems.add(Problem.of("speakerIds", "events.event.speaker.unknown"));
                break;
            }
            speakers.add(speaker);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        event.setSeries(series);
        event.setTitle(draft.title().strip());
        event.setSummary(EventDraftChecks.strippedOrNull(draft.summary()));
        event.setStartsAt(draft.startsAt());
        event.setEndsAt(draft.endsAt());
        event.setPlace(EventDraftChecks.strippedOrNull(draft.place()));
        event.setOnlineUrl(EventDraftChecks.strippedOrNull(draft.onlineUrl()));
        event.setHostLocalityCode(draft.hostLocalityCode());
        event.setAudience(draft.audience());
        event.setApprovalRequired(draft.approvalRequired());
        event.setWaitingLimit(draft.waitingLimit());
        event.getSpeakers().clear();
        event.getSpeakers().addAll(speakers);
        event.getQuotas().clear();
        event.getQuotas().putAll(draft.quotas());
    }

    static String target(Event event) {
        return "event:" + event.getId();
    }
}
