package org.gongxue.people.model;

/** What kind of organisation a unit is; the bundles name each under {@code unit.kind.<NAME>}. */
public enum UnitKind {
    ORGANIZATION_DEPARTMENT,
    PARTY_SCHOOL,
    TOWN,
    BUREAU,
    ENTERPRISE,
    ZONE_BODY,
    OTHER
}
