package org.gongxue.events.service;

import org.gongxue.events.model.EventFile;
import org.gongxue.events.model.EventFileKind;

/**
 * A file of an event as pages and the REST API show it; its bytes are at
 * {@code /api/event-files/<id>} for whoever may see the event. A class with getters: Faces EL
 * cannot read records.
 */
public final class EventFileView {

    private final long id;
    private final long eventId;
    private final EventFileKind kind;
    private final String originalName;
    private final String mediaType;
    private final long size;
    private final String altText;

    EventFileView(EventFile file) {
        this.id = file.getId();
        this.eventId = file.getEvent().getId();
        this.kind = file.getKind();
        this.originalName = file.getOriginalName();
        this.mediaType = file.getMediaType();
        this.size = file.getSize();
        this.altText = file.getAltText();
    }

    public long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public EventFileKind getKind() {
        return kind;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    /** What the poster shows, in words; null for slides and readings. */
    public String getAltText() {
        return altText;
    }
}
