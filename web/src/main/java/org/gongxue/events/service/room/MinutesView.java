package org.gongxue.events.service.room;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's summary: the current text, when and by whom it was published (null while a draft),
 * and its versions, latest first (only the current one for members; all for organisers).
 */
public final class MinutesView {

    private final String text;
    private final Instant publishedAt;
    private final String publishedBy;
    private final List<MinutesVersion> versions;

    MinutesView(String text, Instant publishedAt, String publishedBy, List<MinutesVersion> versions) {
        this.text = text;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.versions = List.copyOf(versions);
    }

    public String getText() {
        return text;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public List<MinutesVersion> getVersions() {
        return versions;
    }
}
