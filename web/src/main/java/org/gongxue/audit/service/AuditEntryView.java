package org.gongxue.audit.service;

import java.time.Instant;
import org.gongxue.audit.model.AuditEntry;

/** One audit entry as the API shows it. */
public record AuditEntryView(Instant occurredAt, String actor, String address, String action, String target,
                             String detail) {

    // Getters for Faces EL, which cannot read record components.

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

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.getOccurredAt(), entry.getActor(), entry.getAddress(), entry.getAction().name(),
                entry.getTarget(), entry.getDetail());
    }
}
