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
    NEW_THREAD,
    /** An event they registered for starts tomorrow (a notice without a thread). */
    EVENT_TOMORROW,
    /** An event they registered for starts within the hour. */
    EVENT_SOON,
    /** They moved up from an event's waiting list to a seat. */
    EVENT_SEATED,
    /** They moved up from an event's waiting list to a seat their locality must still approve. */
    EVENT_SEAT_HELD
}
