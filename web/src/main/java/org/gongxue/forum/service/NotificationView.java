package org.gongxue.forum.service;

import java.time.Instant;
import org.gongxue.forum.model.Notification;
import org.gongxue.forum.model.NotificationKind;

/** A notification as the list shows it: who did what where, and the address of the post. */
public class NotificationView {

    private final long id;
    private final NotificationKind kind;
    private final Long threadId;
    private final String threadTitle;
    private final String spaceName;
    private final int postNumber;
    private final String actorName;
    private final Instant createdAt;
    private final boolean read;
    private final String link;

    public NotificationView(Notification notification) {
        this.id = notification.getId();
        this.kind = notification.getKind();
        boolean ofPost = notification.getThread() != null;
        this.threadId = ofPost ? notification.getThread().getId() : null;
        this.threadTitle = ofPost ? notification.getThread().getTitle() : notification.getSubject();
        this.spaceName = ofPost ? notification.getThread().getSpace().getName() : null;
        this.postNumber = notification.getPostNumber();
        this.actorName = notification.getActor() == null ? null : notification.getActor().getName();
        this.link = ofPost ? "/forum/thread.xhtml?id=" + threadId + "&page=" + DiscussionService.pageOf(postNumber)
                + "#post-" + postNumber : notification.getLink();
        this.createdAt = notification.getCreatedAt();
        this.read = notification.getReadAt() != null;
    }

    public long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** The thread of the post; null for a notice about something outside the forum. */
    public Long getThreadId() {
        return threadId;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public String getSpaceName() {
        return spaceName;
    }

    public int getPostNumber() {
        return postNumber;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return read;
    }

    /** The page to open: the thread page scrolled to the post, or the page of what a notice is about. */
    public String getLink() {
        return link;
    }
}
