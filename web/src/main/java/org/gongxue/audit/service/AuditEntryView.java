package org.gongxue.audit.service;

import java.time.Instant;
import org.gongxue.audit.model.AuditEntry;

/** One audit entry as the API shows it. */
public record AuditEntryView(Instant occurredAt, String actor, String address, String action, String target,
                             String detail) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.getOccurredAt(), entry.getActor(), entry.getAddress(), entry.getAction().name(),
                entry.getTarget(), entry.getDetail());
    }
}
