package org.gongxue.people.service.roster;

import org.gongxue.platform.access.Role;

import java.util.HashMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link RosterDirectory} over sets, for tests: a fixture of this package's own interface.
 * By default it knows a few units in every locality and acts for a platform administrator.
 */
final class InMemoryRosterDirectory implements RosterDirectory {

    private final Map<String, Set<String>> units = new HashMap<>();
    private final Set<String> takenUsernames = new HashSet<>();
    private final Set<String> takenPhones = new HashSet<>();
    private final Set<String> managed = new HashSet<>(Set.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE"));
    private final Set<Role> assignable = EnumSet.allOf(Role.class);

    InMemoryRosterDirectory() {
        units.put("QINGPU", Set.of("青浦区委组织部", "青浦区委党校"));
        units.put("WUJIANG", Set.of("吴江区委组织部", "吴江区委党校"));
        units.put("JIASHAN", Set.of("嘉善县委组织部", "嘉善县委党校"));
        units.put("ZONE", Set.of("示范区执委会"));
    }

    InMemoryRosterDirectory withRegistered(String username, String phone) {
        takenUsernames.add(username);
        takenPhones.add(phone);
        return this;
    }

    /** Acts for an administrator of these localities only, who may not create platform administrators. */
    InMemoryRosterDirectory actingForLocalityAdministratorOf(String localityCode) {
        managed.retainAll(Set.of(localityCode));
        assignable.remove(Role.PLATFORM_ADMIN);
        return this;
    }

    @Override
    public Set<String> unitNames(String localityCode) {
        return units.getOrDefault(localityCode, Set.of());
    }

    @Override
    public Set<String> takenUsernames(Set<String> usernames) {
        return intersection(usernames, takenUsernames);
    }

    @Override
    public Set<String> takenPhones(Set<String> phones) {
        return intersection(phones, takenPhones);
    }

    @Override
    public boolean mayManage(String localityCode) {
        return managed.contains(localityCode);
    }

    @Override
    public boolean mayAssign(Role role) {
        return assignable.contains(role);
    }

    private static Set<String> intersection(Set<String> asked, Set<String> known) {
        return asked.stream().filter(known::contains).collect(Collectors.toSet());
    }
}
