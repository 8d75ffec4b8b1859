package org.gongxue.events.model;

/** An event is scheduled until its organisers call it off; a cancelled event takes no registrations. */
public enum EventStatus {
    SCHEDULED,
    CANCELLED
}
