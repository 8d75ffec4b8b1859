package org.gongxue.people.service.roster;

/**
 * The roles a person can hold; a person may hold several.
 *
 * <p>Stand-in until {@code org.gongxue.people.model} publishes its own: when it does, delete this
 * file and import that one.
 */
public enum Role {
    CADRE,
    TEACHER,
    EXPERT,
    LOCALITY_ADMIN,
    PLATFORM_ADMIN
}
