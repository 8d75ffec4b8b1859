package org.gongxue.library.model;

/** Where a lecturer comes from. Bundle keys {@code lecturerKind.<NAME>}. */
public enum LecturerKind {
    /** 党校教师 */
    PARTY_SCHOOL,
    /** 领导干部 — serving officials who teach. */
    OFFICIAL,
    /** 专家学者 */
    SCHOLAR,
    /** 企业家 */
    ENTREPRENEUR,
    /** 基层一线 — practitioners from towns and villages. */
    PRACTITIONER
}
