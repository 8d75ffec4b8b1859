package org.gongxue.forum.model;

/** Why a person is told of a post; the bundles name each under {@code forum.notice.<NAME>}. */
public enum NotificationKind {
    /** Someone @mentioned them. */
    MENTION,
    /** Someone quoted their post. */
    QUOTE,
    /** A reply in a thread they watch. */
    REPLY,
    /** A new thread in a space they watch. */
    NEW_THREAD
}
