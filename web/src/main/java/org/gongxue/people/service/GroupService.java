package org.gongxue.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.model.GroupKind;
import org.gongxue.people.model.Person;
import org.gongxue.people.model.PersonGroup;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Named groups (a class, the expert committee) and their members. A group belongs to a locality
 * (ZONE for shared bodies); its administrators manage it. Members may come from any locality:
 * classes are joint.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** @return the new group's id, the {@code <id>} of its audience {@code group:<id>} */
    public long create(Actor actor, String name, GroupKind kind, String localityCode) {
        requireMayAdminister(actor, localityCode);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw InvalidInputException.of("name", "group.problem.nameRequired");
        }
        PersonGroup group = new PersonGroup(name.strip(), kind, localityCode);
        em.persist(group);
        em.flush();
        audit.record(actor, AuditAction.GROUP_CREATED, "group:" + group.getId(), group.getName());
        return group.getId();
    }

    public void addMember(Actor actor, long groupId, long personId) {
        PersonGroup group = manageable(actor, groupId);
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new PersonNotFoundException(personId);
        }
        if (group.add(person)) {
            audit.record(actor, AuditAction.GROUP_MEMBER_ADDED, "group:" + groupId, PeopleService.target(person));
        }
    }

    public void removeMember(Actor actor, long groupId, long personId) {
        PersonGroup group = manageable(actor, groupId);
        Person person = em.find(Person.class, personId);
        if (person != null && group.remove(person)) {
            audit.record(actor, AuditAction.GROUP_MEMBER_REMOVED, "group:" + groupId, PeopleService.target(person));
        }
    }

    private PersonGroup manageable(Actor actor, long groupId) {
        PersonGroup group = em.find(PersonGroup.class, groupId);
        if (group == null) {
            throw InvalidInputException.of("groupId", "group.problem.unknown");
        }
        requireMayAdminister(actor, group.getLocalityCode());
        return group;
    }

    private static void requireMayAdminister(Actor actor, String localityCode) {
        if (!actor.mayAdminister(localityCode)) {
            throw new AccessDeniedException(actor.username() + " may not manage groups of " + localityCode);
        }
    }
}
