package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.EventFile;
import org.gongxue.events.model.EventFileKind;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.CompletedUpload;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * The database side of events' files, one short transaction per call: the only writer of
 * event_file rows. The bytes are stored before {@link #register} and outside any transaction, so
 * register checks again everything {@link #admit} checked.
 */
@ApplicationScoped
@Transactional
class EventFileRecords {

    static final int MAX_ALT_TEXT = 300;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventAccess events;

    @Inject
    AuditLog audit;

    /** Checks, before any byte is stored, that the actor organizes the event and described the file fully. */
    void admit(Actor actor, long eventId, EventFileKind kind, String altText) {
        events.organized(actor, eventId);
        check(kind, altText);
    }

    /**
     * Records a stored object as a file of the event. A new poster takes the place of the old one,
     * whose object key is returned for the caller to delete once this has committed.
     */
    Registered register(Actor actor, long eventId, EventFileKind kind, CompletedUpload stored, String altText) {
        Event event = events.organized(actor, eventId);
        check(kind, altText);
        String replacedKey = null;
        if (kind == EventFileKind.POSTER) {
            for (EventFile old : files(eventId, EventFileKind.POSTER)) {
                replacedKey = old.getObjectKey();
                em.remove(old);
            }
        }
        EventFile file = new EventFile(event, kind, stored.displayName(), stored.objectKey(),
                stored.type().mediaType(), stored.size(), kind == EventFileKind.POSTER ? altText.strip() : null,
                actor.personId());
        em.persist(file);
        audit.record(actor, AuditAction.EVENT_FILE_ADDED, EventService.target(event),
                kind + ": " + file.getOriginalName());
        return new Registered(new EventFileView(file), replacedKey);
    }

    /** Deletes the record; returns the object key for the caller to delete after commit. */
    String delete(Actor actor, long eventId, long fileId) {
        Event event = events.organized(actor, eventId);
        EventFile file = em.find(EventFile.class, fileId);
        if (file == null || !file.getEvent().getId().equals(event.getId())) {
            throw new EventNotFoundException("file " + fileId + " of event " + eventId);
        }
        em.remove(file);
        audit.record(actor, AuditAction.EVENT_FILE_DELETED, EventService.target(event),
                file.getKind() + ": " + file.getOriginalName());
        return file.getObjectKey();
    }

    /** The event's files, poster first, then slides and readings in the order they came. */
    List<EventFileView> list(Actor reader, long eventId) {
        events.visible(reader, eventId);
        return em.createQuery("select f from EventFile f where f.event.id = :event order by f.kind, f.id",
                        EventFile.class)
                .setParameter("event", eventId).getResultStream().map(EventFileView::new).toList();
    }

    /** Where a file's bytes are, if the reader may see its event; "not found" otherwise. */
    EventFileAccess readable(Actor reader, long fileId) {
        EventFile file = em.find(EventFile.class, fileId);
        if (file == null) {
            throw new EventNotFoundException("file " + fileId);
        }
        events.visible(reader, file.getEvent().getId());
        return EventFileAccess.of(file);
    }

    /** Every file of an event in the order they came, for its course (the caller checked the organiser). */
    List<EventFileAccess> all(long eventId) {
        return em.createQuery("select f from EventFile f where f.event.id = :event order by f.id", EventFile.class)
                .setParameter("event", eventId).getResultStream().map(EventFileAccess::of).toList();
    }

    private List<EventFile> files(long eventId, EventFileKind kind) {
        return em.createQuery("select f from EventFile f where f.event.id = :event and f.kind = :kind", EventFile.class)
                .setParameter("event", eventId).setParameter("kind", kind).getResultList();
    }

    private static void check(EventFileKind kind, String altText) {
        if (kind == null) {
            throw InvalidInputException.of("kind", "events.files.kind.required");
        }
        if (kind == EventFileKind.POSTER) {
            if (altText == null || altText.isBlank()) {
                throw InvalidInputException.of("altText", "events.files.altText.required");
            }
            if (altText.strip().length() > MAX_ALT_TEXT) {
                throw InvalidInputException.of("altText", "events.files.altText.tooLong");
            }
        }
    }

    /** A file just recorded, and the key of the poster it replaced (or null). */
    record Registered(EventFileView file, String replacedKey) {
    }
}
