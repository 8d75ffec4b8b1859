package org.gongxue.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.Role;

/** Whether the layout offers the link to the teacher's workspace: to teachers and administrators. */
@Named
@RequestScoped
public class TeachNavigation {

    @Inject
    CurrentActor currentActor;

    public boolean isAvailable() {
        return currentActor.get().map(actor -> actor.has(Role.TEACHER) || actor.isAdministrator()).orElse(false);
    }
}
