package org.gongxue.people.service.roster;

import org.gongxue.platform.access.Role;

import java.util.Set;

/**
 * A person as a valid roster row describes them, ready for the people service to create.
 * No password: the people service gives each new account its initial one (to be changed at first
 * sign-in).
 *
 * @param username the sign-in name; the phone when the roster gave none
 * @param name     the person's name as written
 * @param phone    eleven ASCII digits
 * @param email    null when the roster gave none
 * @param localityCode the locality's code (QINGPU, WUJIANG, JIASHAN, ZONE), one the importing administrator may manage
 * @param unit     the name of a unit known in that locality (exactly as {@link RosterDirectory#unitNames} gave it)
 * @param position null when the roster gave none
 * @param roles    at least one; cadre when the roster named none
 */
public record NewPerson(String username, String name, String phone, String email, String localityCode, String unit,
        String position, Set<Role> roles) {

    public NewPerson {
        roles = Set.copyOf(roles);
    }
}
