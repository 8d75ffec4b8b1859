package org.gongxue.platform.outbox;

import java.time.Instant;

/** A failed outbox event as the administrators' page shows it. A class with getters: Faces EL cannot read records. */
public final class FailedEventView {

    private final long id;
    private final String topic;
    private final String key;
    private final int attempts;
    private final String lastError;
    private final Instant createdAt;
    private final Instant failedAt;

    FailedEventView(OutboxEvent event) {
        this.id = event.getId();
        this.topic = event.getTopic();
        this.key = event.getKey();
        this.attempts = event.getAttempts();
        this.lastError = event.getLastError();
        this.createdAt = event.getCreatedAt();
        this.failedAt = event.getFinishedAt();
    }

    public long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getKey() {
        return key;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
