package org.gongxue.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to whom, when, and from which address. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The username of who acted; for sign-ins, the name that was typed. */
    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    /** What was acted on, e.g. {@code person:42}. */
    @Column(updatable = false)
    private String target;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String address, AuditAction action, String target, String detail) {
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.address = address;
        this.action = action;
        this.target = target;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
