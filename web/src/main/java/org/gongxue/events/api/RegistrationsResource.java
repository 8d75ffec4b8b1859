package org.gongxue.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.validation.InvalidInputException;

/** Registrations across events: the caller's own, and approval by the registrant's locality administrator. */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class RegistrationsResource {

    @Inject
    CurrentActor actor;

    @Inject
    RegistrationService registrations;

    @GET
    @Path("mine")
    public List<RegistrationView> mine() {
        return registrations.allMine(actor.require());
    }

    /** {@code {"approve":true}} or {@code false}: only for a registration waiting for approval. */
    @POST
    @Path("{id}/decision")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public RegistrationView decide(@PathParam("id") long id, Decision decision) {
        if (decision == null || decision.approve() == null) {
            throw InvalidInputException.of("approve", "events.registration.decision.missing");
        }
        return registrations.decide(actor.require(), id, decision.approve());
    }

    /** Body of a decision. */
    public record Decision(Boolean approve) {
    }
}
