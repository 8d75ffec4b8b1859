package org.gongxue.forum.model;

/** What a space is for; the bundles name each under {@code forum.kind.<NAME>}. */
public enum SpaceKind {
    /** 专家咨询委员会 — always members only. */
    EXPERT_COMMITTEE,
    /** 党校负责人沙龙 */
    SALON,
    /** 干部教育专家座谈会 */
    SYMPOSIUM,
    /** 工作会议 (轮值组长制) */
    WORK_MEETING,
    /** The discussion under one published course; opened by the platform, not by administrators. */
    COURSE_DISCUSSION,
    OPEN_FORUM,
    /** The audience's questions to one lecture of a series; opened with the event, not by administrators. */
    EVENT_QUESTIONS;

    /** Kinds that features open for their own things; administrators do not create them. */
    public boolean isOpenedByPlatform() {
        return this == COURSE_DISCUSSION || this == EVENT_QUESTIONS;
    }

    /** Kinds whose spaces are never shown beyond their members, whatever the creator asks for. */
    public boolean isMembersOnly() {
        return this == EXPERT_COMMITTEE;
    }
}
