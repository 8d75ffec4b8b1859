package org.gongxue.audit.model;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    PERSON_CREATED,
    ROSTER_IMPORTED,
    PERSON_EDITED,
    PERSON_DISABLED,
    PERSON_ENABLED,
    ROLES_CHANGED,
    BOOTSTRAP
}
