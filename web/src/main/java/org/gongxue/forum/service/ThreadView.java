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
    private final Integer lastRead;

    /** @param lastRead how far the viewer had read the thread before; null when unknown or never opened */
    ThreadView(ForumThread thread, boolean moderatable, Integer lastRead) {
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
        this.lastRead = lastRead;
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

    /** Posts the viewer has not been shown yet; every post of a thread they never opened. */
    public int getUnreadCount() {
        return lastRead == null ? postCount : Math.max(0, postCount - lastRead);
    }

    /** The zero-based page of the first post the viewer has not read (the last page when all are read). */
    public int getFirstUnreadPage() {
        return DiscussionService.pageOf(Math.min(postCount, lastRead == null ? 1 : lastRead + 1));
    }

    /** The first post the viewer had not read when this view was made; 0 when they had never read the thread. */
    public int getFirstUnreadNumber() {
        return lastRead == null || lastRead == 0 ? 0 : lastRead + 1;
    }

    /** Committees and work meetings record a resolution (决议) where other spaces mark an answer. */
    public boolean isDecidedByResolution() {
        return spaceKind == SpaceKind.EXPERT_COMMITTEE || spaceKind == SpaceKind.WORK_MEETING;
    }
}
