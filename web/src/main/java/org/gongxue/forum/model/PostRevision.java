package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier version of an edited post: the edit history. */
@Entity
@Table(name = "forum_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false, updatable = false)
    private long postId;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    /** When this version was written (the post's creation or its previous edit). */
    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "editor_id", nullable = false, updatable = false)
    private long editorId;

    protected PostRevision() {
    }

    public PostRevision(long postId, String bodyHtml, Instant writtenAt, long editorId) {
        this.postId = postId;
        this.bodyHtml = bodyHtml;
        this.writtenAt = writtenAt;
        this.editorId = editorId;
    }

    public Long getId() {
        return id;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public long getEditorId() {
        return editorId;
    }
}
