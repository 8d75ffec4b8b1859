package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.model.Locality;
import org.gongxue.people.model.Person;
import org.gongxue.people.model.PersonStatus;
import org.gongxue.people.model.Unit;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * Administration of people: the only writer of people. Every method takes the acting
 * administrator and enforces who may act on whom — platform administrators on everyone, locality
 * administrators only on the people of their own locality — whatever page or endpoint called it.
 * Bad input throws {@link InvalidInputException} with every problem; refusals throw
 * {@link AccessDeniedException}; in both cases nothing changes. Every change is audited in the
 * same transaction.
 */
@ApplicationScoped
@Transactional
public class PeopleService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    public PersonView find(Actor actor, long personId) {
        return new PersonView(manageable(actor, personId));
    }

    /** A page of the people the actor may manage, matching the query's text. */
    public PeoplePage search(Actor actor, PeopleQuery query) {
        requireAdministrator(actor);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            where.append(" and p.localityCode = :ownLocality");
            parameters.put("ownLocality", actor.localityCode());
        }
        if (query.localityCode() != null) {
            where.append(" and p.localityCode = :locality");
            parameters.put("locality", query.localityCode());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (lower(p.name) like :text escape '\\' or p.username like :text escape '\\'"
                    + " or lower(u.name) like :text escape '\\' or p.phone like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from Person p left join p.unit u" + where, Long.class);
        TypedQuery<Person> rows = em.createQuery("select p from Person p left join p.unit u" + where
                + " order by p." + query.sortField()
                + (query.ascending() ? " asc" : " desc") + ", p.id asc", Person.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<PersonView> page = rows.setFirstResult(query.first()).setMaxResults(query.pageSize())
                .getResultStream().map(PersonView::new).toList();
        return new PeoplePage(page, count.getSingleResult());
    }

    public PersonView create(Actor actor, PersonDraft draft) {
        return new PersonView(createChecked(actor, List.of(draft)).get(0));
    }

    /**
     * Creates all the drafts in one transaction, or none: if any draft has a problem (each
     * reported with its 1-based row), or the actor may not create one of them, nothing is written.
     * The roster import's commit calls this.
     */
    public List<PersonView> createAll(Actor actor, List<PersonDraft> drafts) {
        return createChecked(actor, drafts).stream().map(PersonView::new).toList();
    }

    public PersonView edit(Actor actor, long personId, PersonChanges changes) {
        Person person = manageable(actor, personId);
        String localityCode = changes.localityCode() == null ? person.getLocalityCode() : changes.localityCode();
        requireMayAdminister(actor, localityCode);
        List<Problem> problems = new ArrayList<>(PersonRules.detailProblems(changes.name(), changes.position(),
                changes.phone(), changes.email()));
        Unit unit = unitIn(localityCode, changes.unitId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = describe(person);
        person.setName(changes.name().strip());
        person.setLocalityCode(localityCode);
        person.setUnit(unit);
        person.setPosition(PersonRules.clean(changes.position()));
        person.setPhone(PersonRules.clean(changes.phone()));
        person.setEmail(PersonRules.clean(changes.email()));
        audit.record(actor, AuditAction.PERSON_EDITED, target(person), before + " → " + describe(person));
        return new PersonView(person);
    }

    /** Ends a person's access; the person and their records stay. */
    public PersonView disable(Actor actor, long personId) {
        Person person = manageable(actor, personId);
        if (person.getId() == actor.personId()) {
            throw InvalidInputException.of("status", "person.problem.cannotDisableSelf");
        }
        if (person.isActive()) {
            person.setStatus(PersonStatus.DISABLED);
            audit.record(actor, AuditAction.PERSON_DISABLED, target(person), null);
        }
        return new PersonView(person);
    }

    public PersonView enable(Actor actor, long personId) {
        Person person = manageable(actor, personId);
        if (!person.isActive()) {
            person.setStatus(PersonStatus.ACTIVE);
            audit.record(actor, AuditAction.PERSON_ENABLED, target(person), null);
        }
        return new PersonView(person);
    }

    /** Sets a password the person must change at their next sign-in. */
    public PersonView resetPassword(Actor actor, long personId, String newPassword) {
        Person person = manageable(actor, personId);
        List<Problem> problems = PasswordPolicy.problems(person.getUsername(), newPassword);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        person.setPasswordHash(passwords.hash(newPassword), true);
        audit.record(actor, AuditAction.PASSWORD_RESET, target(person), null);
        return new PersonView(person);
    }

    public PersonView assignRoles(Actor actor, long personId, Set<Role> roles) {
        Person person = manageable(actor, personId);
        Set<Role> changed = new HashSet<>(person.getRoles());
        changed.addAll(roles);
        changed.removeAll(intersection(person.getRoles(), roles));
        requireMayGrant(actor, changed);
        if (person.getId() == actor.personId() && !roles.containsAll(adminRolesOf(actor))) {
            // An administrator who removes their own administration could lock everyone out.
            throw InvalidInputException.of("roles", "person.problem.cannotDemoteSelf");
        }
        if (!changed.isEmpty()) {
            String before = person.getRoles().stream().sorted().toList().toString();
            person.setRoles(roles);
            audit.record(actor, AuditAction.ROLES_CHANGED, target(person),
                    before + " → " + roles.stream().sorted().toList());
        }
        return new PersonView(person);
    }

    private List<Person> createChecked(Actor actor, List<PersonDraft> drafts) {
        requireAdministrator(actor);
        List<Problem> problems = new ArrayList<>();
        Set<String> usernamesInBatch = new HashSet<>();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            PersonDraft draft = drafts.get(i);
            int row = drafts.size() == 1 ? 0 : i + 1;
            requireMayAdminister(actor, draft.localityCode());
            requireMayGrant(actor, draft.roles());
            List<Problem> rowProblems = new ArrayList<>(draftProblems(draft, usernamesInBatch));
            Unit unit = unitIn(draft.localityCode(), draft.unitId(), rowProblems);
            rowProblems.forEach(problem -> problems.add(problem.inRow(row)));
            if (rowProblems.isEmpty()) {
                people.add(newPerson(draft, unit));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // PBKDF2 is slow on purpose (about 0.2 s a hash). An imported roster gives everyone the same
        // initial password, to be changed at first sign-in: hash each distinct password once, not
        // once per person, so that a roster of thousands imports in seconds.
        Map<String, String> hashes = new HashMap<>();
        for (Person person : people) {
            person.setPasswordHash(hashes.computeIfAbsent(passwordOf(drafts, person), passwords::hash), true);
            em.persist(person);
        }
        em.flush();
        people.forEach(person -> audit.record(actor, AuditAction.PERSON_CREATED, target(person), describe(person)));
        return people;
    }

    private List<Problem> draftProblems(PersonDraft draft, Set<String> usernamesInBatch) {
        List<Problem> problems = new ArrayList<>(PersonRules.usernameProblems(draft.username()));
        String username = PersonRules.normalizeUsername(draft.username());
        if (problems.isEmpty() && (!usernamesInBatch.add(username) || usernameTaken(username))) {
            problems.add(Problem.of("username", "person.problem.usernameTaken"));
        }
        problems.addAll(PersonRules.detailProblems(draft.name(), draft.position(), draft.phone(), draft.email()));
        if (em.find(Locality.class, Objects.requireNonNullElse(draft.localityCode(), "")) == null) {
            problems.add(Problem.of("localityCode", "person.problem.unknownLocality"));
        }
        problems.addAll(PasswordPolicy.problems(username, draft.initialPassword()));
        return problems;
    }

    private static Person newPerson(PersonDraft draft, Unit unit) {
        Person person = new Person(PersonRules.normalizeUsername(draft.username()), draft.name().strip(),
                draft.localityCode());
        person.setUnit(unit);
        person.setPosition(PersonRules.clean(draft.position()));
        person.setPhone(PersonRules.clean(draft.phone()));
        person.setEmail(PersonRules.clean(draft.email()));
        person.setRoles(draft.roles().isEmpty() ? Set.of(Role.CADRE) : draft.roles());
        return person;
    }

    private static String passwordOf(List<PersonDraft> drafts, Person person) {
        return drafts.stream()
                .filter(draft -> PersonRules.normalizeUsername(draft.username()).equals(person.getUsername()))
                .findFirst().orElseThrow().initialPassword();
    }

    private boolean usernameTaken(String username) {
        return !em.createQuery("select p.id from Person p where p.username = :username", Long.class)
                .setParameter("username", username).setMaxResults(1).getResultList().isEmpty();
    }

    /** The unit, if given, must exist and belong to the person's locality. */
    private Unit unitIn(String localityCode, Long unitId, List<Problem> problems) {
        if (unitId == null) {
            return null;
        }
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            problems.add(Problem.of("unitId", "person.problem.unknownUnit"));
        } else if (!unit.getLocalityCode().equals(localityCode)) {
            problems.add(Problem.of("unitId", "person.problem.unitNotInLocality"));
        }
        return unit;
    }

    private Person manageable(Actor actor, long personId) {
        requireAdministrator(actor);
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new PersonNotFoundException(personId);
        }
        requireMayAdminister(actor, person.getLocalityCode());
        return person;
    }

    static void requireAdministrator(Actor actor) {
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException(actor.username() + " is not an administrator");
        }
    }

    private static void requireMayAdminister(Actor actor, String localityCode) {
        if (!actor.mayAdminister(localityCode)) {
            throw new AccessDeniedException(actor.username() + " may not administer people of " + localityCode);
        }
    }

    private static void requireMayGrant(Actor actor, Collection<Role> roles) {
        if (!roles.stream().allMatch(actor::mayGrant)) {
            throw new AccessDeniedException(actor.username() + " may not grant or take administrator roles");
        }
    }

    private static Set<Role> adminRolesOf(Actor actor) {
        Set<Role> roles = new HashSet<>(actor.roles());
        roles.removeIf(role -> !role.isAdministrator());
        return roles;
    }

    private static Set<Role> intersection(Set<Role> a, Set<Role> b) {
        Set<Role> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    static String target(Person person) {
        return "person:" + person.getId();
    }

    private static String describe(Person person) {
        return "%s (%s, %s, unit %s, %s)".formatted(person.getUsername(), person.getName(), person.getLocalityCode(),
                person.getUnit() == null ? "-" : person.getUnit().getId(), person.getStatus());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
