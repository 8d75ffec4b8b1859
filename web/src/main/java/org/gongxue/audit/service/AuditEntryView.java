package org.gongxue.audit.service;

import java.time.Instant;
import org.gongxue.audit.model.AuditEntry;

/**
 * One audit entry as the page and the API show it. A class with getters, not a record: Faces EL
 * cannot read record components, and JSON-B would write a record's extra getters twice.
 */
public final class AuditEntryView {

    private final Instant occurredAt;
    private final String actor;
    private final String address;
    private final String action;
    private final String target;
    private final String detail;

    private AuditEntryView(AuditEntry entry) {
        this.occurredAt = entry.getOccurredAt();
        this.actor = entry.getActor();
        this.address = entry.getAddress();
        this.action = entry.getAction().name();
        this.target = entry.getTarget();
        this.detail = entry.getDetail();
    }

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry);
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

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
