package org.gongxue.people.service;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongxue.people.service.roster.RosterDirectory;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;

/**
 * The roster import's view of the database for one importing administrator: one query per
 * question, whatever the size of the roster.
 */
final class PeopleRosterDirectory implements RosterDirectory {

    private final EntityManager em;
    private final Actor importer;

    PeopleRosterDirectory(EntityManager em, Actor importer) {
        this.em = em;
        this.importer = importer;
    }

    @Override
    public Set<String> unitNames(String localityCode) {
        return new HashSet<>(em.createQuery("select u.name from Unit u where u.localityCode = :locality", String.class)
                .setParameter("locality", localityCode)
                .getResultList());
    }

    @Override
    public Set<String> takenUsernames(Set<String> usernames) {
        Set<String> normalized = usernames.stream().map(PersonRules::normalizeUsername).collect(Collectors.toSet());
        return matching("select p.username from Person p where p.username in :values", normalized);
    }

    @Override
    public Set<String> takenPhones(Set<String> phones) {
        return matching("select p.phone from Person p where p.phone in :values", phones);
    }

    @Override
    public boolean mayManage(String localityCode) {
        return importer.mayAdminister(localityCode);
    }

    @Override
    public boolean mayAssign(Role role) {
        return importer.mayGrant(role);
    }

    private Set<String> matching(String query, Set<String> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        List<String> found = em.createQuery(query, String.class).setParameter("values", values).getResultList();
        return new HashSet<>(found);
    }
}
