package org.gongxue.library.service.processing;

/**
 * What a material that is ready nevertheless lacks, and its uploader should know: the bundle key
 * of a text that says so and what would help.
 */
public enum ProcessingNote {
    /** A document without text to search (a scanned PDF, pictures only). */
    NO_TEXT("library.processing.note.noText"),
    /** A document with more text than is kept: the rest cannot be found by search. */
    TEXT_TRUNCATED("library.processing.note.textTruncated"),
    /** Subtitles of which some lines could not be read, or more lines than are kept. */
    CUES_SKIPPED("library.processing.note.cuesSkipped"),
    /** The server has no working ffmpeg: the video plays as uploaded, without poster or web-ready copy. */
    NO_MEDIA_TOOLS("library.processing.note.noMediaTools");

    private final String messageKey;

    ProcessingNote(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
