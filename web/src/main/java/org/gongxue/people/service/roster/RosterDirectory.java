package org.gongxue.people.service.roster;

import org.gongxue.platform.access.Role;

import java.util.Set;

/**
 * What the import needs to know about the people and units already registered, and about the
 * administrator importing. The people service implements it for the signed-in administrator of
 * the current request; the import only reads through it.
 *
 * <p>The import asks each question once per preview with everything it needs (not once per row),
 * so that an implementation over the database makes a handful of queries for a roster of
 * thousands.
 */
public interface RosterDirectory {

    /** The names of the units of a locality, exactly as stored; a row's unit must be one of them. */
    Set<String> unitNames(String localityCode);

    /** Which of these user names belong to someone already (compared as sign-in compares them). */
    Set<String> takenUsernames(Set<String> usernames);

    /** Which of these phones (eleven ASCII digits) belong to someone already. */
    Set<String> takenPhones(Set<String> phones);

    /**
     * Whether the importing administrator may add people to this locality: a platform
     * administrator to all, a locality administrator to their own only.
     */
    boolean mayManage(String localityCode);

    /**
     * Whether the importing administrator may give this role: a locality administrator must not
     * create platform administrators, for instance.
     */
    boolean mayAssign(Role role);
}
