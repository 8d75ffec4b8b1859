package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word that holds a post containing it for a moderator's review. Stored in lower case. */
@Entity
@Table(name = "forum_forbidden_word")
public class ForbiddenWord {

    @Id
    private String word;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ForbiddenWord() {
    }

    public ForbiddenWord(String word) {
        this.word = word;
        this.addedAt = Instant.now();
    }

    public String getWord() {
        return word;
    }
}
