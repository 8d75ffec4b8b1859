package org.gongxue.events.model;

import org.gongxue.library.model.MaterialSlot;
import org.gongxue.platform.upload.FileKind;

/**
 * What a file of an event is for. Each takes the files of the upload engine's kind (the library's
 * allow-lists and size limits); slides and readings join the event's course as materials of the
 * library slot named here. Bundle keys {@code events.files.kind.<NAME>}.
 */
public enum EventFileKind {
    /** The poster: one picture per event, shown with its alt text. */
    POSTER(FileKind.IMAGE, MaterialSlot.IMAGE),
    /** Slides of the talk: PDF, PPT, PPTX. */
    SLIDES(FileKind.SLIDES, MaterialSlot.SLIDES),
    /** Handouts and readings: PDF, DOC, DOCX, XLS, XLSX... */
    READING(FileKind.DOCUMENT, MaterialSlot.DOCUMENT);

    private final FileKind uploadKind;
    private final MaterialSlot librarySlot;

    EventFileKind(FileKind uploadKind, MaterialSlot librarySlot) {
        this.uploadKind = uploadKind;
        this.librarySlot = librarySlot;
    }

    public FileKind uploadKind() {
        return uploadKind;
    }

    public MaterialSlot librarySlot() {
        return librarySlot;
    }

    /** Slides and readings, which the event's course carries; the poster stays with the event. */
    public boolean isMaterial() {
        return this != POSTER;
    }
}
