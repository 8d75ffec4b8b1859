package org.gongxue.forum.service;

import java.time.Instant;
import org.gongxue.forum.model.Notification;
import org.gongxue.forum.model.NotificationKind;

/** A notification as the list shows it: who did what where, and the address of the post. */
public class NotificationView {

    private final long id;
    private final NotificationKind kind;
    private final long threadId;
    private final String threadTitle;
    private final String spaceName;
    private final int postNumber;
    private final String actorName;
    private final Instant createdAt;
    private final boolean read;

    NotificationView(Notification notification) {
        this.id = notification.getId();
        this.kind = notification.getKind();
        this.threadId = notification.getThread().getId();
        this.threadTitle = notification.getThread().getTitle();
        this.spaceName = notification.getThread().getSpace().getName();
        this.postNumber = notification.getPostNumber();
        this.actorName = notification.getActor().getName();
        this.createdAt = notification.getCreatedAt();
        this.read = notification.getReadAt() != null;
    }

    public long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public long getThreadId() {
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

    /** The thread page that shows the post, scrolled to it. */
    public String getLink() {
        return "/forum/thread.xhtml?id=" + threadId + "&page=" + DiscussionService.pageOf(postNumber) + "#post-"
                + postNumber;
    }
}
