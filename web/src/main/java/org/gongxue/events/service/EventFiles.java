package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.events.model.EventFileKind;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.CompletedUpload;
import org.gongxue.platform.upload.UploadSessions;

/**
 * An event's poster and materials, as the library keeps its files: the bytes go to the object
 * store first, outside any transaction, checked by the upload engine (type from the bytes, the
 * library's allow-list and size limit for the kind, the name cleaned); then one transaction
 * records them. A failure in between deletes the object, so a refused file leaves nothing behind.
 * Organisers of the event add and delete files; whoever may see the event reads them.
 */
@ApplicationScoped
public class EventFiles {

    /** Every event file's key starts with this, then a random token: never anything the uploader typed. */
    public static final String ROOT = "events/files/";
    private static final Logger LOG = Logger.getLogger(EventFiles.class.getName());

    @Inject
    EventFileRecords records;

    @Inject
    UploadSessions engine;

    @Inject
    ContentStore store;

    /**
     * Stores a file sent whole as a file of the event; a poster replaces the event's poster.
     *
     * @param altText what the poster shows, in words (required for a poster, ignored otherwise)
     * @param size    the number of bytes {@code content} holds; another number is refused
     */
    public EventFileView add(Actor actor, long eventId, EventFileKind kind, String fileName, String altText,
                             InputStream content, long size) {
        records.admit(actor, eventId, kind, altText);
        CompletedUpload stored = engine.storeWhole(kind.uploadKind(), ROOT + UUID.randomUUID() + "/", fileName,
                content, size);
        EventFileRecords.Registered registered;
        try {
            registered = records.register(actor, eventId, kind, stored, altText);
        } catch (RuntimeException e) {
            deleteQuietly(stored.objectKey());
            throw e;
        }
        deleteQuietly(registered.replacedKey());
        return registered.file();
    }

    public void delete(Actor actor, long eventId, long fileId) {
        deleteQuietly(records.delete(actor, eventId, fileId));
    }

    public List<EventFileView> list(Actor reader, long eventId) {
        return records.list(reader, eventId);
    }

    /** Where the bytes of a file are, for the download endpoint; EventNotFoundException unless the reader may see its event. */
    public EventFileAccess readable(Actor reader, long fileId) {
        return records.readable(reader, fileId);
    }

    /** The largest file of a kind (the upload engine's limit). */
    public long maxSize(EventFileKind kind) {
        return engine.settings().maxSize(kind.uploadKind());
    }

    private void deleteQuietly(String key) {
        if (key == null) {
            return;
        }
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete event file " + key + "; it stays an orphan", e);
        }
    }
}
