package org.gongxue.platform.outbox;

/**
 * What a handler is given: the event's topic and key (e.g. {@code material.process} and
 * {@code 42}), and which attempt this is (1 for the first).
 */
public record OutboxMessage(long id, String topic, String key, int attempt) {
}
