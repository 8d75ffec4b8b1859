package org.gongxue.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.QrCodes;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.api.ProblemMappers;
import org.gongxue.platform.i18n.Messages;

/**
 * The caller's own registration for one event: register, read it, cancel it, and the QR code to
 * show at the door (only one's own: the code is the ticket).
 */
@Path("events/{eventId}/registration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class MyRegistrationResource {

    @Inject
    CurrentActor actor;

    @Inject
    RegistrationService registrations;

    @Inject
    QrCodes qrCodes;

    @PathParam("eventId")
    long eventId;

    /** Registers the caller: 201 with the status (CONFIRMED, PENDING_APPROVAL or WAITING), or 409 with why not. */
    @POST
    public Response register() {
        RegistrationView registration = registrations.register(actor.require(), eventId);
        return Response.status(Response.Status.CREATED).entity(registration).build();
    }

    @GET
    public RegistrationView mine() {
        return registrations.mine(actor.require(), eventId)
                .orElseThrow(() -> new EventNotFoundException("registration for event " + eventId));
    }

    @DELETE
    public Response cancel() {
        registrations.cancel(actor.require(), eventId);
        return Response.noContent().build();
    }

    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml;charset=UTF-8")
    public Response qrCode(@Context HttpHeaders headers) {
        String code = registrations.checkInCode(actor.require(), eventId);
        String label = Messages.text(ProblemMappers.locale(headers), "events.registration.qr.label");
        // The code is a ticket: no shared cache may keep it.
        return Response.ok(qrCodes.svg(code, label)).header("Cache-Control", "private, no-store").build();
    }
}
