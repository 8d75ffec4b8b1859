package org.gongxue.events.service.room;

import java.time.Instant;

/** One version: its text, who wrote it, when. */
public final class MinutesVersion {

    private final String text;
    private final String writer;
    private final Instant writtenAt;

    public MinutesVersion(String text, String writer, Instant writtenAt) {
        this.text = text;
        this.writer = writer;
        this.writtenAt = writtenAt;
    }

    public String getText() {
        return text;
    }

    public String getWriter() {
        return writer;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
