package org.gongxue.platform.outbox;

/**
 * Handles the events of one topic. Implementations are CDI beans; the worker finds them by
 * {@link #topic()}. A handler must be idempotent — an event can be handled twice when a server dies
 * after the work but before recording it — and reads the current state of the thing the key
 * names rather than trusting anything remembered from when the event was written.
 *
 * <p>Throwing means "try again later" (with back-off, up to the configured attempts). A handler
 * that knows retrying is useless (a corrupt file) records that outcome itself and returns.
 */
public interface OutboxHandler {

    String topic();

    void handle(OutboxMessage message) throws Exception;
}
