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
import java.time.Instant;
import org.gongxue.people.model.Person;

/** An in-app notification: a post someone should look at, and whether they have. */
@Entity
@Table(name = "forum_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    /** The thread of the post; none for a notice about something outside the forum. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "thread_id", updatable = false)
    private ForumThread thread;

    @Column(name = "post_number", nullable = false, updatable = false)
    private int postNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private Person actor;

    /** What a notice outside the forum is about (an event's title), and the page that shows it. */
    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long personId, NotificationKind kind, Post post) {
        this.personId = personId;
        this.kind = kind;
        this.thread = post.getThread();
        this.postNumber = post.getNumber();
        this.actor = post.getAuthor();
        this.createdAt = post.getCreatedAt();
    }

    /**
     * A notice about something outside the forum (an event's reminder, a seat given): no thread and
     * no author, but a subject and the site-relative address of the page that shows it.
     */
    public static Notification notice(long personId, NotificationKind kind, String subject, String link, Instant at) {
        Notification notification = new Notification();
        notification.personId = personId;
        notification.kind = kind;
        notification.subject = subject;
        notification.link = link;
        notification.createdAt = at;
        return notification;
    }

    public String getSubject() {
        return subject;
    }

    public String getLink() {
        return link;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public ForumThread getThread() {
        return thread;
    }

    public int getPostNumber() {
        return postNumber;
    }

    public Person getActor() {
        return actor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
