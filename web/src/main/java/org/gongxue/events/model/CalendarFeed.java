package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's calendar subscription. Calendar apps cannot sign in, so the random token in the
 * feed's address is the credential; a new token ends the old address.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long personId, String token) {
        this.personId = personId;
        this.token = token;
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    public void replaceToken(String newToken) {
        token = newToken;
        createdAt = Instant.now();
    }

    public Long getPersonId() {
        return personId;
    }

    public String getToken() {
        return token;
    }
}
