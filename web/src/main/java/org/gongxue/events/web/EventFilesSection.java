package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.gongxue.events.model.EventFileKind;
import org.gongxue.events.service.EventFileView;
import org.gongxue.events.service.EventFiles;
import org.gongxue.events.service.EventView;
import org.gongxue.library.web.ByteSizes;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.web.PageMessages;

/**
 * The poster and materials on an event's page (events/event.xhtml includes
 * WEB-INF/events/event-files.xhtml): everyone who sees the event sees and downloads them; its
 * organisers add a file (a plain multipart form: posters and documents are small) and delete one.
 */
@Named
@ViewScoped
public class EventFilesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    EventFiles files;

    private transient Part file;
    private EventFileKind kind = EventFileKind.READING;
    private String altText;
    private List<EventFileView> loaded;
    private long loadedFor;

    public EventFileView poster(EventView event) {
        return of(event).stream().filter(f -> f.getKind() == EventFileKind.POSTER).findFirst().orElse(null);
    }

    /** Slides and readings, which salons and symposiums show as their attached readings. */
    public List<EventFileView> materials(EventView event) {
        return of(event).stream().filter(f -> f.getKind().isMaterial()).toList();
    }

    public void upload(EventView event) {
        Part chosen = file;
        file = null;
        if (EventFaces.attempt(() -> store(event.getId(), chosen))) {
            PageMessages.info("events.files.added");
            altText = null;
            loaded = null;
        }
    }

    public void delete(EventView event, long fileId) {
        if (EventFaces.attempt(() -> files.delete(actor.require(), event.getId(), fileId))) {
            PageMessages.info("events.files.deleted");
            loaded = null;
        }
    }

    private void store(long eventId, Part chosen) {
        try (InputStream content = chosen.getInputStream()) {
            files.add(actor.require(), eventId, kind, chosen.getSubmittedFileName(), altText, content, chosen.getSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<EventFileView> of(EventView event) {
        if (loaded == null || loadedFor != event.getId()) {
            loaded = files.list(actor.require(), event.getId());
            loadedFor = event.getId();
        }
        return loaded;
    }

    public EventFileKind[] getKinds() {
        return EventFileKind.values();
    }

    /** The largest file of the chosen kind, readable. */
    public String maxSize(EventFileKind of) {
        return ByteSizes.readable(files.maxSize(of));
    }

    public String readable(long bytes) {
        return ByteSizes.readable(bytes);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public EventFileKind getKind() {
        return kind;
    }

    public void setKind(EventFileKind kind) {
        this.kind = kind;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}
