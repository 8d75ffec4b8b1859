package org.gongxue.events.service;

import org.gongxue.events.model.EventFile;
import org.gongxue.events.model.EventFileKind;

/**
 * Where the bytes of an event's file are stored: for the download endpoint and for copying the
 * event's materials into its course, after the reader or organiser was checked. Never sent to a client.
 */
public record EventFileAccess(long fileId, EventFileKind kind, String originalName, String mediaType, long size,
                              String objectKey) {

    static EventFileAccess of(EventFile file) {
        return new EventFileAccess(file.getId(), file.getKind(), file.getOriginalName(), file.getMediaType(),
                file.getSize(), file.getObjectKey());
    }
}
