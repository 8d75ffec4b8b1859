package org.gongxue.platform.access;

import java.util.Set;

/**
 * The signed-in person on whose behalf something is done, as access decisions need them: who,
 * which locality, which roles, which groups, and from which address (for the audit log).
 * Built from the database for every request (people.service.Actors), so that a role taken away
 * or an account disabled takes effect at once.
 */
public record Actor(long personId, String username, String localityCode, Set<Role> roles, Set<Long> groupIds,
                    String address) {

    public Actor {
        roles = Set.copyOf(roles);
        groupIds = Set.copyOf(groupIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.PLATFORM_ADMIN) || has(Role.LOCALITY_ADMIN);
    }

    /** May this actor give (or take away) this role? Administrator roles: platform administrators only. */
    public boolean mayGrant(Role role) {
        return has(Role.PLATFORM_ADMIN) || !role.isAdministrator();
    }

    /**
     * May this actor administer people (or things) of the given locality? Platform administrators
     * everywhere; locality administrators only in their own locality.
     */
    public boolean mayAdminister(String targetLocalityCode) {
        return has(Role.PLATFORM_ADMIN) || (has(Role.LOCALITY_ADMIN) && localityCode.equals(targetLocalityCode));
    }
}
