package org.gongxue.chair.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.ChairTermDraft;
import org.gongxue.chair.service.ChairTermView;
import org.gongxue.people.service.CurrentActor;

/** The rotating chair's calendar over REST: everyone signed in reads it; platform administrators record it. */
@Path("chair/terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class ChairResource {

    @Inject
    CurrentActor actor;

    @Inject
    ChairCalendar chair;

    @GET
    public List<ChairTermView> terms() {
        return chair.terms();
    }

    /** The term covering today: 200, or 204 while the rotation has a gap. */
    @GET
    @Path("current")
    public Response current() {
        return chair.current().map(term -> Response.ok(term).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @RolesAllowed("PLATFORM_ADMIN")
    public Response add(ChairTermDraft draft) {
        long id = chair.addTerm(actor.require(), draft == null ? new ChairTermDraft(null, null, null) : draft);
        return Response.status(Response.Status.CREATED).entity(new TermCreated(id)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("PLATFORM_ADMIN")
    public Response remove(@PathParam("id") long id) {
        chair.removeTerm(actor.require(), id);
        return Response.noContent().build();
    }

    /** The id of a term just recorded. */
    public record TermCreated(long id) {
    }
}
