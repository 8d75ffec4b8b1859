package org.gongxue.forum.service;

/** A member of a space, and whether they moderate it. */
public class MemberView {

    private final long personId;
    private final String username;
    private final String name;
    private final boolean moderator;

    MemberView(long personId, String username, String name, boolean moderator) {
        this.personId = personId;
        this.username = username;
        this.name = name;
        this.moderator = moderator;
    }

    public long getPersonId() {
        return personId;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public boolean isModerator() {
        return moderator;
    }
}
