package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongxue.people.model.Person;

/**
 * The accounts of Jakarta Security: the people table. A disabled person, an unknown name and a
 * wrong password all give the same INVALID (and take the same time), so that sign-in reveals
 * nothing about which names exist. Roles become the caller's groups, which WildFly maps 1:1 to
 * the container's roles.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeopleIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Person> person = activePerson(given.getCaller());
        String storedHash = person.map(Person::getPasswordHash).orElse(null);
        // matches() is false without a stored hash, after spending the same time.
        if (!passwords.matches(given.getPasswordAsString(), storedHash)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(person.get().getUsername(), roleNames(person.get()));
    }

    /** The account of a signed-in session, looked up on every request so that disabling or a role change acts at once. */
    public Optional<AccountState> activeAccount(String username) {
        return activePerson(username).map(person ->
                new AccountState(person.getUsername(), roleNames(person), person.isMustChangePassword()));
    }

    private Optional<Person> activePerson(String username) {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", PersonRules.normalizeUsername(username))
                .getResultStream().filter(Person::isActive).findFirst();
    }

    private static Set<String> roleNames(Person person) {
        return person.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
