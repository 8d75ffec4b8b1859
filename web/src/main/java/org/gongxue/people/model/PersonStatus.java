package org.gongxue.people.model;

/** A person is never deleted: DISABLED ends their access and keeps their records. */
public enum PersonStatus {
    ACTIVE,
    DISABLED
}
