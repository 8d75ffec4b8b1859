package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person who moderates one space. */
@Entity
@Table(name = "forum_moderator")
public class Moderator {

    @EmbeddedId
    private Key key;

    protected Moderator() {
    }

    public Moderator(long spaceId, long personId) {
        this.key = new Key(spaceId, personId);
    }

    public long getSpaceId() {
        return key.spaceId;
    }

    public long getPersonId() {
        return key.personId;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "space_id")
        private long spaceId;

        @Column(name = "person_id")
        private long personId;

        protected Key() {
        }

        public Key(long spaceId, long personId) {
            this.spaceId = spaceId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.spaceId == spaceId && key.personId == personId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(spaceId) * 31 + Long.hashCode(personId);
        }
    }
}
