package org.gongxue.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change that must reach another store (the search index, the transcoder, a mail server),
 * written in the transaction of the change itself. Only {@link Outbox} creates it and only
 * {@link OutboxClaims} changes it.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Column(name = "event_key", nullable = false, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "available_at", nullable = false)
    private Instant availableAt;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String topic, String key, Instant now) {
        this.topic = topic;
        this.key = key;
        this.createdAt = now;
        this.availableAt = now;
    }

    void succeed(Instant now) {
        status = OutboxStatus.DONE;
        attempts++;
        finishedAt = now;
        release();
    }

    /** Records a failed attempt: retried at {@code retryAt}, or FAILED for good when that is null. */
    void fail(String error, Instant retryAt, Instant now) {
        attempts++;
        lastError = truncated(error);
        if (retryAt == null) {
            status = OutboxStatus.FAILED;
            finishedAt = now;
        } else {
            availableAt = retryAt;
        }
        release();
    }

    /** Puts the event back until {@code retryAt} without counting an attempt: the handler could not reach a service. */
    void postpone(String error, Instant retryAt) {
        lastError = truncated(error);
        availableAt = retryAt;
        release();
    }

    private void release() {
        leaseOwner = null;
        leaseUntil = null;
    }

    /** Back to the queue with all its attempts, due {@code now}; the last error stays until an attempt succeeds. */
    void requeue(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        availableAt = now;
        finishedAt = null;
        release();
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getKey() {
        return key;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
