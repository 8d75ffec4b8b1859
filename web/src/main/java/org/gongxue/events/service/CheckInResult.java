package org.gongxue.events.service;

import java.time.Instant;

/**
 * What the organiser's page shows after a code is accepted: whose registration it is (to compare
 * with the person at the door), and whether they had already checked in (then at what time).
 */
public final class CheckInResult {

    private final String personName;
    private final String localityCode;
    private final Instant checkedInAt;
    private final boolean alreadyCheckedIn;

    CheckInResult(String personName, String localityCode, Instant checkedInAt, boolean alreadyCheckedIn) {
        this.personName = personName;
        this.localityCode = localityCode;
        this.checkedInAt = checkedInAt;
        this.alreadyCheckedIn = alreadyCheckedIn;
    }

    public String getPersonName() {
        return personName;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public boolean isAlreadyCheckedIn() {
        return alreadyCheckedIn;
    }
}
