package org.gongxue.library.model;

/** Whom a course is pitched at, by the rank of the cadres it was made for. Bundle keys {@code courseLevel.<NAME>}. */
public enum CourseLevel {
    /** 通用 — every cadre. */
    GENERAL,
    /** 乡科级 — section-level cadres. */
    SECTION,
    /** 县处级 — county-level cadres. */
    COUNTY
}
