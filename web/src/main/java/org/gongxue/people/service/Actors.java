package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.gongxue.people.model.Person;
import org.gongxue.platform.access.Actor;

/** Builds the {@link Actor} for a signed-in login name from the database: only active people act. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Actors {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    public Optional<Actor> forUsername(String username, String address) {
        List<Person> found = em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", PersonRules.normalizeUsername(username))
                .getResultList();
        return found.stream().filter(Person::isActive).findFirst().map(person -> new Actor(person.getId(),
                person.getUsername(), person.getLocalityCode(), person.getRoles(),
                new HashSet<>(groupIdsOf(person.getId())), address));
    }

    /**
     * A demo account acting from this machine, for the seeding of demo content; fails with what
     * to do when the platform was started without its demo accounts.
     */
    public Actor demoAccount(String username) {
        return forUsername(username, "127.0.0.1").orElseThrow(() -> new IllegalStateException(
                "Demo content needs the demo account " + username + ": start with gongxue.bootstrap.demo-accounts=true"));
    }

    private List<Long> groupIdsOf(long personId) {
        return em.createQuery("select g.id from PersonGroup g join g.members m where m.id = :id", Long.class)
                .setParameter("id", personId)
                .getResultList();
    }
}
