package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far a person has read a thread: the highest post number they have been shown. */
@Entity
@Table(name = "forum_read_marker")
public class ReadMarker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "last_read_number", nullable = false)
    private int lastReadNumber;

    /** Markers are created by an insert that does nothing when another tab's came first (FollowService). */
    protected ReadMarker() {
    }

    public int getLastReadNumber() {
        return lastReadNumber;
    }

    /** Moves the marker forward; reading an earlier page never moves it back. */
    public void readUpTo(int number) {
        lastReadNumber = Math.max(lastReadNumber, number);
    }
}
