package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongxue.events.service.room.EventMinutesService;
import org.gongxue.events.service.room.EventRoomView;
import org.gongxue.events.service.room.EventRooms;
import org.gongxue.events.service.room.MinutesView;
import org.gongxue.forum.service.MemberView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.web.PageMessages;

/**
 * The event page's part about its discussion space ({@code WEB-INF/events/room-*.xhtml}): the link
 * to it, and for salons and symposiums the topic statement, the invited members and the summary,
 * which the organisers manage here. Reads the event the page's {@link EventPage} loaded.
 */
@Named
@ViewScoped
public class EventRoomPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    EventPage eventPage;

    @Inject
    EventRooms rooms;

    @Inject
    EventMinutesService minutes;

    private boolean loaded;
    private EventRoomView room;
    private List<MemberView> members;
    private MinutesView summary;
    private String invitee;
    private String topic;
    private String minutesText;

    private void load() {
        if (loaded) {
            return;
        }
        long eventId = eventPage.getEvent().getId();
        room = rooms.roomOf(actor.require(), eventId).orElse(null);
        members = room != null && room.isMeeting() ? rooms.members(actor.require(), eventId) : List.of();
        summary = room != null && room.isMeeting() ? minutes.read(actor.require(), eventId).orElse(null) : null;
        if (room != null) {
            topic = room.getTopic();
            minutesText = summary == null ? null : summary.getText();
        }
        loaded = true;
    }

    public void invite() {
        act(() -> rooms.invite(actor.require(), eventPage.getEvent().getId(), invitee), "events.salon.invited");
        invitee = null;
    }

    public void uninvite(long personId) {
        act(() -> rooms.uninvite(actor.require(), eventPage.getEvent().getId(), personId), "events.salon.uninvited");
    }

    public void saveTopic() {
        act(() -> rooms.setTopic(actor.require(), eventPage.getEvent().getId(), topic), "events.salon.topicSaved");
    }

    public void saveMinutes() {
        act(() -> minutes.write(actor.require(), eventPage.getEvent().getId(), minutesText),
                "events.salon.minutes.saved");
    }

    public void publishMinutes() {
        act(() -> minutes.publish(actor.require(), eventPage.getEvent().getId()), "events.salon.minutes.published");
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            PageMessages.info(doneKey);
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems());
        } catch (AccessDeniedException e) {
            PageMessages.refused("events.editor.notYours");
        }
        loaded = false;
    }

    public EventRoomView getRoom() {
        load();
        return room;
    }

    public List<MemberView> getMembers() {
        load();
        return members;
    }

    public MinutesView getSummary() {
        load();
        return summary;
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }

    public String getTopic() {
        load();
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getMinutesText() {
        load();
        return minutesText;
    }

    public void setMinutesText(String minutesText) {
        this.minutesText = minutesText;
    }
}
