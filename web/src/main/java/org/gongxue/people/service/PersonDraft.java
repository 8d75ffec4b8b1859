package org.gongxue.people.service;

import java.util.Set;
import org.gongxue.platform.access.Role;

/**
 * A person to create: by hand, or one row of an imported roster. {@code unitId} may be null;
 * {@code initialPassword} must meet the {@link PasswordPolicy}; the person changes it at first sign-in.
 */
public record PersonDraft(String username, String name, String localityCode, Long unitId, String position,
                          String phone, String email, Set<Role> roles, String initialPassword) {

    public PersonDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The same draft without its password, safe to log or show. */
    @Override
    public String toString() {
        return "PersonDraft[" + username + ", " + localityCode + ", unit " + unitId + ", " + roles + "]";
    }
}
