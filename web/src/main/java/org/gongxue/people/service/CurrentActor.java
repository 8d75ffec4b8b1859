package org.gongxue.people.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.security.ClientAddresses;

/**
 * The signed-in person of the current request, for views and REST resources to pass to services
 * and to ask what they may see. Empty for visitors who have not signed in.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    Actors actors;

    @Inject
    Visibility visibility;

    @Inject
    ClientAddresses clientAddresses;

    private Optional<Actor> actor;

    public Optional<Actor> get() {
        if (actor == null) {
            Principal caller = security.getCallerPrincipal();
            actor = caller == null ? Optional.empty() : actors.forUsername(caller.getName(), clientAddresses.of(request));
        }
        return actor;
    }

    /** The actor, for code that the container already protects (a page or endpoint that requires sign-in). */
    public Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public AudienceSet audiences() {
        return visibility.audiencesOf(get().orElse(null));
    }
}
