package org.gongxue.events.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a registration stands. PENDING_APPROVAL holds a seat while the locality administrator decides. */
public enum RegistrationStatus {
    PENDING_APPROVAL,
    CONFIRMED,
    WAITING,
    REJECTED,
    CANCELLED;

    /** The statuses that take one of the locality's seats. */
    public static final Set<RegistrationStatus> HOLDING_A_SEAT = EnumSet.of(PENDING_APPROVAL, CONFIRMED);

    /** A registration in one of these still counts: registering again is refused. */
    public boolean isActive() {
        return this != REJECTED && this != CANCELLED;
    }

    public boolean holdsASeat() {
        return HOLDING_A_SEAT.contains(this);
    }
}
