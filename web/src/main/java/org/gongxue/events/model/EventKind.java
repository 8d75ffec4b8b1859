package org.gongxue.events.model;

/**
 * What an event is. A lecture's discussion space carries the audience's questions; a salon's or a
 * symposium's space is its main room, shown to the invited only. Fixed when the event is created.
 */
public enum EventKind {
    LECTURE,
    /** 党校负责人沙龙 */
    SALON,
    /** 干部教育专家座谈会 */
    SYMPOSIUM;

    /** Salons and symposiums meet among invited members, with a topic and a published summary. */
    public boolean isMeeting() {
        return this != LECTURE;
    }
}
