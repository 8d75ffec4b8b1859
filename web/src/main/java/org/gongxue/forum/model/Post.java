package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gongxue.people.model.Person;

/**
 * A post (回帖) of a thread. Its HTML is sanitized before it is set here (forum.service.PostHtml),
 * so that what is stored is what may be shown.
 */
@Entity
@Table(name = "forum_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id", updatable = false)
    private ForumThread thread;

    @Column(nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private Person author;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status = PostStatus.VISIBLE;

    @Column(name = "quoted_post_id", updatable = false)
    private Long quotedPostId;

    @Column(name = "quote_text", updatable = false)
    private String quoteText;

    @Column(name = "lecture_id", updatable = false)
    private Long lectureId;

    @Column(name = "lecture_second", updatable = false)
    private Integer lectureSecond;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    /** The search document is behind this post (see forum.service.search.ForumIndexEvents). */
    @Column(name = "index_pending", nullable = false)
    private boolean indexPending;

    @Version
    private int version;

    protected Post() {
    }

    public Post(ForumThread thread, int number, Person author, String bodyHtml, String bodyText, Instant createdAt) {
        this.thread = thread;
        this.number = number;
        this.author = author;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.createdAt = createdAt;
    }

    /** Quotes part of an earlier post of the same thread. */
    public void quote(long postId, String text) {
        this.quotedPostId = postId;
        this.quoteText = text;
    }

    /** Anchors the post to a second of a lecture's video. */
    public void anchorTo(long lectureId, int second) {
        this.lectureId = lectureId;
        this.lectureSecond = second;
    }

    /**
     * Marks the post for the forum's indexing, which writes the marked posts of a thread in bulk
     * and clears the mark (with a bulk update, which leaves the version alone).
     */
    public void markForIndex() {
        this.indexPending = true;
    }

    /** Replaces the body (the caller keeps the old one as a revision). */
    public void rewrite(String html, String text, Instant at) {
        this.bodyHtml = html;
        this.bodyText = text;
        this.editedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ForumThread getThread() {
        return thread;
    }

    public int getNumber() {
        return number;
    }

    public Person getAuthor() {
        return author;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public PostStatus getStatus() {
        return status;
    }

    public void setStatus(PostStatus status) {
        this.status = status;
    }

    public Long getQuotedPostId() {
        return quotedPostId;
    }

    public String getQuoteText() {
        return quoteText;
    }

    public Long getLectureId() {
        return lectureId;
    }

    public Integer getLectureSecond() {
        return lectureSecond;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
