package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.model.Person;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/** What every signed-in person may do with their own account: read it, change their password. */
@ApplicationScoped
@Transactional
public class ProfileService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    public PersonView me(Actor actor) {
        return new PersonView(self(actor));
    }

    /** Changes the actor's own password: the current one proves it is them; the new one meets the policy. */
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        Person person = self(actor);
        List<Problem> problems = new ArrayList<>();
        if (currentPassword == null || !passwords.matches(currentPassword, person.getPasswordHash())) {
            problems.add(Problem.of("currentPassword", "password.problem.currentWrong"));
        }
        problems.addAll(PasswordPolicy.problems(person.getUsername(), newPassword));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            problems.add(Problem.of("password", "password.policy.sameAsCurrent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        person.setPasswordHash(passwords.hash(newPassword), false);
        audit.record(actor, AuditAction.PASSWORD_CHANGED, PeopleService.target(person), null);
    }

    private Person self(Actor actor) {
        Person person = em.find(Person.class, actor.personId());
        if (person == null) {
            throw new PersonNotFoundException(actor.personId());
        }
        return person;
    }
}
