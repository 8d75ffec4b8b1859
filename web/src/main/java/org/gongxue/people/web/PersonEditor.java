package org.gongxue.people.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonChanges;
import org.gongxue.people.service.PersonView;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;

/**
 * Saves the edit form's details and roles in one transaction: the service has a call for each, and
 * a refused role change (or one that would remove one's own administration) must not leave the
 * details saved on their own.
 */
@ApplicationScoped
public class PersonEditor {

    @Inject
    PeopleService people;

    @Transactional
    public PersonView save(Actor actor, long personId, PersonChanges changes, Set<Role> roles) {
        people.edit(actor, personId, changes);
        return people.assignRoles(actor, personId, roles);
    }
}
