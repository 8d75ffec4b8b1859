package org.gongxue.platform.access;

/**
 * What a person may do on the platform. A person may hold several roles. The names are also the
 * container's role names (web.xml security constraints, {@code @RolesAllowed}).
 */
public enum Role {
    /** 干部学员 — learns. */
    CADRE,
    /** 教师 — teaches and uploads lectures. */
    TEACHER,
    /** 专家 — sits on the expert committee, reviews. */
    EXPERT,
    /** 区县管理员 — administers the people and content of their own locality only. */
    LOCALITY_ADMIN,
    /** 平台管理员 — administers everything. */
    PLATFORM_ADMIN;

    public boolean isAdministrator() {
        return this == LOCALITY_ADMIN || this == PLATFORM_ADMIN;
    }
}
