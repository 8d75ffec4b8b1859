package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A thread (主题帖) of a space: a title and its numbered posts, the first of which opens it. */
@Entity
@Table(name = "forum_thread")
public class ForumThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private Person author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_posted_at", nullable = false)
    private Instant lastPostedAt;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "answer_post_id")
    private Long answerPostId;

    @Version
    private int version;

    protected ForumThread() {
    }

    public ForumThread(Space space, String title, Person author) {
        this.space = space;
        this.title = title;
        this.author = author;
        this.createdAt = Instant.now();
        this.lastPostedAt = createdAt;
    }

    /** The number the next post gets; callers hold the thread's row lock so that numbers never collide. */
    public int nextPostNumber(Instant postedAt) {
        postCount++;
        lastPostedAt = postedAt;
        return postCount;
    }

    public Long getId() {
        return id;
    }

    public Space getSpace() {
        return space;
    }

    public void moveTo(Space target) {
        this.space = target;
    }

    public String getTitle() {
        return title;
    }

    public Person getAuthor() {
        return author;
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

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public Long getAnswerPostId() {
        return answerPostId;
    }

    public void setAnswerPostId(Long answerPostId) {
        this.answerPostId = answerPostId;
    }
}
