package org.gongxue.people.service.roster;

import java.util.EnumMap;
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

    private final Map<Locality, Set<String>> units = new EnumMap<>(Locality.class);
    private final Set<String> takenUsernames = new HashSet<>();
    private final Set<String> takenPhones = new HashSet<>();
    private final Set<Locality> managed = EnumSet.allOf(Locality.class);
    private final Set<Role> assignable = EnumSet.allOf(Role.class);

    InMemoryRosterDirectory() {
        units.put(Locality.QINGPU, Set.of("青浦区委组织部", "青浦区委党校"));
        units.put(Locality.WUJIANG, Set.of("吴江区委组织部", "吴江区委党校"));
        units.put(Locality.JIASHAN, Set.of("嘉善县委组织部", "嘉善县委党校"));
        units.put(Locality.ZONE, Set.of("示范区执委会"));
    }

    InMemoryRosterDirectory withRegistered(String username, String phone) {
        takenUsernames.add(username);
        takenPhones.add(phone);
        return this;
    }

    /** Acts for an administrator of these localities only, who may not create platform administrators. */
    InMemoryRosterDirectory actingForLocalityAdministratorOf(Locality locality) {
        managed.retainAll(Set.of(locality));
        assignable.remove(Role.PLATFORM_ADMIN);
        return this;
    }

    @Override
    public Set<String> unitNames(Locality locality) {
        return units.getOrDefault(locality, Set.of());
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
    public boolean mayManage(Locality locality) {
        return managed.contains(locality);
    }

    @Override
    public boolean mayAssign(Role role) {
        return assignable.contains(role);
    }

    private static Set<String> intersection(Set<String> asked, Set<String> known) {
        return asked.stream().filter(known::contains).collect(Collectors.toSet());
    }
}
