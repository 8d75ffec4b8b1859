package org.gongxue.events.service.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.ChairTermView;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.EventKind;
import org.gongxue.events.model.EventRoom;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.EventRules;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.ForumAccess;
import org.gongxue.forum.service.MemberView;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.library.model.Lecturer;
import org.gongxue.people.model.Person;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Every event's discussion space, opened with the event through the forum's services (never
 * written here): a lecture's carries the audience's questions and is shown to the event's
 * audience; a salon's or symposium's is the meeting's main room, members-only, and its members are
 * the event's audience, so only the invited see the event and may register. The space belongs to
 * the organising locality (the host, or for shared events the chair on the event's day), whose
 * administrators therefore moderate it; speakers with an account moderate it too, so that they
 * can answer in locked threads and mark answers. Calling the event off closes the space.
 */
@ApplicationScoped
@Transactional
public class EventRooms {

    private static final String SHARED = "ZONE";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    SpaceService spaces;

    @Inject
    ForumAccess forumAccess;

    @Inject
    ChairCalendar chair;

    @Inject
    EventRules rules;

    @Inject
    Visibility visibility;

    /**
     * Opens the event's space if it has none yet, then brings it in line with the event (name,
     * audience, speakers). Idempotent; called in the transaction that creates or edits the event.
     * A meeting's audience becomes its room's members.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Actor organiser, Event event) {
        EventRoom room = em.find(EventRoom.class, event.getId());
        if (room == null) {
            long spaceId = spaces.open(organiser, new SpaceDraft(event.getTitle(), null, spaceKind(event.getKind()),
                    event.getKind().isMeeting() ? SpaceVisibility.MEMBERS : SpaceVisibility.ZONE,
                    organisingLocality(event))).getId();
            room = new EventRoom(event.getId(), spaceId);
            em.persist(room);
            if (event.getKind().isMeeting()) {
                // The organiser who opened the room sits in it, to see and moderate it.
                spaces.addModerator(organiser, spaceId, organiser.username());
            }
        }
        Space space = em.find(Space.class, room.getSpaceId());
        if (event.getKind().isMeeting()) {
            event.setAudience(space.getAudienceKey());
        }
        spaces.follow(space.getId(), event.getTitle(), event.getAudience());
        for (Lecturer speaker : event.getSpeakers()) {
            if (speaker.getPersonId() != null) {
                Person person = em.find(Person.class, speaker.getPersonId());
                if (person != null && person.isActive()) {
                    spaces.addModerator(organiser, space.getId(), person.getUsername());
                }
            }
        }
    }

    /** The event is called off: its space stays readable for the questions asked, and closes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(Actor organiser, Event event) {
        EventRoom room = em.find(EventRoom.class, event.getId());
        if (room != null) {
            spaces.close(organiser, room.getSpaceId());
        }
    }

    /** The event's space as the reader sees it, if the event has one and the reader may see it. */
    public Optional<EventRoomView> roomOf(Actor reader, long eventId) {
        Event event = visibleEvent(reader, eventId);
        EventRoom room = em.find(EventRoom.class, eventId);
        if (room == null) {
            return Optional.empty();
        }
        Space space = em.find(Space.class, room.getSpaceId());
        if (!forumAccess.maySee(reader, space)) {
            return Optional.empty();
        }
        return Optional.of(new EventRoomView(event.getKind(), space, rules.mayOrganize(reader, event)));
    }

    /** Invites a person into a salon's or symposium's room: they see the event and may register. */
    public void invite(Actor organiser, long eventId, String username) {
        spaces.addMember(organiser, meetingRoom(organiser, eventId).getSpaceId(), username);
    }

    /** Withdraws an invitation; a registration made meanwhile stays for the organisers to cancel. */
    public void uninvite(Actor organiser, long eventId, long personId) {
        spaces.removeMember(organiser, meetingRoom(organiser, eventId).getSpaceId(), personId);
    }

    /** The invited members of a meeting, for its organisers and members. */
    public List<MemberView> members(Actor reader, long eventId) {
        Event event = visibleEvent(reader, eventId);
        EventRoom room = em.find(EventRoom.class, eventId);
        if (room == null || !event.getKind().isMeeting()) {
            return List.of();
        }
        return spaces.members(reader, room.getSpaceId());
    }

    /** The topic statement of a salon or symposium, shown at the top of its event and its room. */
    public void setTopic(Actor organiser, long eventId, String topic) {
        EventRoom room = meetingRoom(organiser, eventId);
        Space space = em.find(Space.class, room.getSpaceId());
        spaces.edit(organiser, space.getId(), new SpaceDraft(space.getName(), topic, space.getKind(),
                space.getVisibility(), space.getLocalityCode()));
    }

    /** The room of a meeting the actor organizes. */
    EventRoom meetingRoom(Actor organiser, long eventId) {
        Event event = visibleEvent(organiser, eventId);
        if (!rules.mayOrganize(organiser, event)) {
            throw new AccessDeniedException(organiser.username() + " does not organize event " + eventId);
        }
        EventRoom room = em.find(EventRoom.class, eventId);
        if (!event.getKind().isMeeting() || room == null) {
            throw InvalidInputException.of(null, "events.salon.notAMeeting");
        }
        return room;
    }

    Event visibleEvent(Actor reader, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !rules.maySee(reader, visibility.audiencesOf(reader), event)) {
            throw new EventNotFoundException("event " + eventId);
        }
        return event;
    }

    private String organisingLocality(Event event) {
        if (!SHARED.equals(event.getHostLocalityCode())) {
            return event.getHostLocalityCode();
        }
        return chair.on(event.getStartsAt().toLocalDate()).map(ChairTermView::getLocalityCode).orElse(SHARED);
    }

    private static SpaceKind spaceKind(EventKind kind) {
        return switch (kind) {
            case LECTURE -> SpaceKind.EVENT_QUESTIONS;
            case SALON -> SpaceKind.SALON;
            case SYMPOSIUM -> SpaceKind.SYMPOSIUM;
        };
    }
}
