package org.gongxue.forum.service;

import java.time.Instant;
import java.util.List;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.PostStatus;
import org.gongxue.forum.service.attachment.AttachmentView;

/**
 * A post as a reader sees it. A post the reader may not read (hidden, held, deleted) keeps its
 * place and number but carries no text.
 */
public class PostView {

    private final long id;
    private final long threadId;
    private final int number;
    private final String authorName;
    private final String authorUsername;
    private final PostStatus status;
    private final String html;
    private final Long quotedPostId;
    private final String quoteText;
    private final Long lectureId;
    private final Integer lectureSecond;
    private final Instant createdAt;
    private final Instant editedAt;
    private final boolean editable;
    private List<AttachmentView> attachments = List.of();

    PostView(Post post, boolean readable, boolean editable) {
        this.id = post.getId();
        this.threadId = post.getThread().getId();
        this.number = post.getNumber();
        this.authorName = post.getAuthor().getName();
        this.authorUsername = post.getAuthor().getUsername();
        this.status = post.getStatus();
        this.html = readable ? post.getBodyHtml() : null;
        this.quotedPostId = readable ? post.getQuotedPostId() : null;
        this.quoteText = readable ? post.getQuoteText() : null;
        this.lectureId = readable ? post.getLectureId() : null;
        this.lectureSecond = readable ? post.getLectureSecond() : null;
        this.createdAt = post.getCreatedAt();
        this.editedAt = post.getEditedAt();
        this.editable = editable;
    }

    /** The files attached to the post; none when the reader may not read it. */
    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    void setAttachments(List<AttachmentView> attachments) {
        this.attachments = html == null ? List.of() : List.copyOf(attachments);
    }

    public long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public int getNumber() {
        return number;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public PostStatus getStatus() {
        return status;
    }

    /** The sanitized HTML; null when the reader may not read the post. */
    public String getHtml() {
        return html;
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

    /** The player page at the anchored second, or null. */
    public String getLectureLink() {
        return lectureId == null ? null : "/library/lecture.xhtml?id=" + lectureId + "&t=" + lectureSecond;
    }

    /** The anchored second as the player shows it: m:ss or h:mm:ss. */
    public String getLectureTime() {
        if (lectureSecond == null) {
            return null;
        }
        int hours = lectureSecond / 3600;
        int minutes = lectureSecond % 3600 / 60;
        int seconds = lectureSecond % 60;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, seconds) : "%d:%02d".formatted(minutes, seconds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    /** May the viewer edit this post? */
    public boolean isEditable() {
        return editable;
    }
}
