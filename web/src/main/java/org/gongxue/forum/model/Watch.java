package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person watching a space (told of new threads) or a thread (told of replies). */
@Entity
@Table(name = "forum_watch")
public class Watch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "space_id", updatable = false)
    private Long spaceId;

    @Column(name = "thread_id", updatable = false)
    private Long threadId;

    protected Watch() {
    }

    private Watch(long personId, Long spaceId, Long threadId) {
        this.personId = personId;
        this.spaceId = spaceId;
        this.threadId = threadId;
    }

    public static Watch ofSpace(long personId, long spaceId) {
        return new Watch(personId, spaceId, null);
    }

    public static Watch ofThread(long personId, long threadId) {
        return new Watch(personId, null, threadId);
    }

    public long getPersonId() {
        return personId;
    }
}
