package org.gongxue.forum.service;

import java.time.Instant;
import org.gongxue.forum.model.PostRevision;

/** An earlier version of a post, as the edit history shows it. */
public class RevisionView {

    private final String html;
    private final Instant writtenAt;

    RevisionView(PostRevision revision) {
        this.html = revision.getBodyHtml();
        this.writtenAt = revision.getWrittenAt();
    }

    public String getHtml() {
        return html;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
