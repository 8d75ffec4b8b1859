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
import org.gongxue.events.service.CheckInResult;
import org.gongxue.events.service.CheckInService;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.people.service.CurrentActor;

/**
 * An event's registrations for administrators (organisers see all, other localities' administrators
 * their own locality's, to approve) and check-in at the door by the organisers.
 */
@Path("events/{eventId}/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventRegistrationsResource {

    @Inject
    CurrentActor actor;

    @Inject
    RegistrationService registrations;

    @Inject
    CheckInService checkIns;

    @PathParam("eventId")
    long eventId;

    @GET
    public List<RegistrationView> list() {
        return registrations.ofEvent(actor.require(), eventId);
    }

    /** {@code {"code":"…"}} as read from the registration's QR code: 200 with whose it is, or 409 with why not. */
    @POST
    @Path("check-ins")
    public CheckInResult checkIn(CheckInRequest request) {
        return checkIns.checkIn(actor.require(), eventId, request == null ? null : request.code());
    }

    /** Body of a check-in. */
    public record CheckInRequest(String code) {
    }
}
