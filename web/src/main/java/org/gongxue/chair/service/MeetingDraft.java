package org.gongxue.chair.service;

import java.time.LocalDate;
import java.util.List;

/** A work meeting as the chair's administrator enters it; attendees in the order minuted. */
public record MeetingDraft(String title, LocalDate heldOn, String place, String agenda, List<AttendeeDraft> attendees) {

    public MeetingDraft {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** One attendee: locality (QINGPU, WUJIANG, JIASHAN or ZONE) and name. */
    public record AttendeeDraft(String localityCode, String name) {
    }
}
