package org.gongxue.forum.service;

import java.time.Instant;
import org.gongxue.forum.model.ForumThread;
import org.gongxue.forum.model.SpaceKind;

/** A thread as lists and its own page show it, with what the viewer may do in it. */
public class ThreadView {

    private final long id;
    private final long spaceId;
    private final String spaceName;
    private final SpaceKind spaceKind;
    private final String title;
    private final String authorName;
    private final Instant createdAt;
    private final Instant lastPostedAt;
    private final int postCount;
    private final boolean pinned;
    private final boolean locked;
    private final Long answerPostId;
    private final boolean moderatable;

    ThreadView(ForumThread thread, boolean moderatable) {
        this.id = thread.getId();
        this.spaceId = thread.getSpace().getId();
        this.spaceName = thread.getSpace().getName();
        this.spaceKind = thread.getSpace().getKind();
        this.title = thread.getTitle();
        this.authorName = thread.getAuthor().getName();
        this.createdAt = thread.getCreatedAt();
        this.lastPostedAt = thread.getLastPostedAt();
        this.postCount = thread.getPostCount();
        this.pinned = thread.isPinned();
        this.locked = thread.isLocked();
        this.answerPostId = thread.getAnswerPostId();
        this.moderatable = moderatable;
    }

    public long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getSpaceName() {
        return spaceName;
    }

    public SpaceKind getSpaceKind() {
        return spaceKind;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastPostedAt() {
        return lastPostedAt;
    }

    public int getPostCount() {
        return postCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public Long getAnswerPostId() {
        return answerPostId;
    }

    /** May the viewer lock, pin and hide here? */
    public boolean isModeratable() {
        return moderatable;
    }

    /** Committees and work meetings record a resolution (决议) where other spaces mark an answer. */
    public boolean isDecidedByResolution() {
        return spaceKind == SpaceKind.EXPERT_COMMITTEE || spaceKind == SpaceKind.WORK_MEETING;
    }
}
