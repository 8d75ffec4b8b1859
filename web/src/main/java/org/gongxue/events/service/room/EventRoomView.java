package org.gongxue.events.service.room;

import org.gongxue.events.model.EventKind;
import org.gongxue.forum.model.Space;

/**
 * An event's space for its page and the REST API: where it is, the topic statement of a meeting,
 * whether it is closed, and whether the reader organizes the event (invites, topic, summary).
 */
public final class EventRoomView {

    private final long spaceId;
    private final EventKind eventKind;
    private final String topic;
    private final boolean closed;
    private final boolean organizable;

    EventRoomView(EventKind eventKind, Space space, boolean organizable) {
        this.spaceId = space.getId();
        this.eventKind = eventKind;
        this.topic = space.getPurpose();
        this.closed = space.isClosed();
        this.organizable = organizable;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public EventKind getEventKind() {
        return eventKind;
    }

    public String getTopic() {
        return topic;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isMeeting() {
        return eventKind.isMeeting();
    }

    public boolean isOrganizable() {
        return organizable;
    }
}
