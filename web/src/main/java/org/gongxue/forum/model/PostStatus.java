package org.gongxue.forum.model;

/** Whether readers see a post. Hidden and deleted posts keep their place (and number) in the thread. */
public enum PostStatus {
    VISIBLE,
    /** Hidden by a moderator; moderators still see it. */
    HIDDEN,
    /** Held for a moderator's review before anyone else sees it. */
    HELD,
    /** Withdrawn by its author; its text is gone unless others quoted it. */
    DELETED
}
