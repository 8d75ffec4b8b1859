package org.gongxue.platform.outbox;

/** Where an outbox event stands. */
public enum OutboxStatus {
    /** Waiting to be handled, or to be retried at {@code available_at}. */
    PENDING,
    /** Handled. */
    DONE,
    /** Failed on every attempt; {@code last_error} says why. Stays visible to administrators. */
    FAILED
}
