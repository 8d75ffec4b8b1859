package org.gongxue.chair.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gongxue.chair.service.MeetingCatalog;
import org.gongxue.chair.service.MeetingDraft;
import org.gongxue.chair.service.MeetingView;
import org.gongxue.chair.service.ResolutionDraft;
import org.gongxue.chair.service.ResolutionView;
import org.gongxue.chair.service.WorkMeetingService;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Work meetings and their resolutions over REST, for administrators: the chair convenes and
 * minutes them; owners write progress and close resolutions.
 */
@Path("chair")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class WorkMeetingsResource {

    @Inject
    CurrentActor actor;

    @Inject
    MeetingCatalog catalog;

    @Inject
    WorkMeetingService meetings;

    @GET
    @Path("meetings")
    public List<MeetingView> recent() {
        return catalog.recent(actor.require());
    }

    @POST
    @Path("meetings")
    public Response create(MeetingDraft draft) {
        long id = meetings.create(actor.require(), require(draft));
        return Response.status(Response.Status.CREATED).entity(catalog.find(actor.require(), id)).build();
    }

    @GET
    @Path("meetings/{id}")
    public MeetingView find(@PathParam("id") long id) {
        return catalog.find(actor.require(), id);
    }

    @PUT
    @Path("meetings/{id}/minutes")
    public MeetingView minutes(@PathParam("id") long id, Text minutes) {
        meetings.recordMinutes(actor.require(), id, require(minutes).text());
        return catalog.find(actor.require(), id);
    }

    @POST
    @Path("meetings/{id}/resolutions")
    public Response addResolution(@PathParam("id") long id, ResolutionDraft draft) {
        meetings.addResolution(actor.require(), id, require(draft));
        return Response.status(Response.Status.CREATED).entity(catalog.find(actor.require(), id)).build();
    }

    /** Resolutions not yet done, the earliest due first. */
    @GET
    @Path("resolutions/open")
    public List<ResolutionView> open() {
        return catalog.open(actor.require());
    }

    @POST
    @Path("resolutions/{id}/progress")
    public Response progress(@PathParam("id") long id, Text note) {
        meetings.addProgress(actor.require(), id, require(note).text());
        return Response.noContent().build();
    }

    @POST
    @Path("resolutions/{id}/done")
    public Response done(@PathParam("id") long id) {
        meetings.markDone(actor.require(), id);
        return Response.noContent().build();
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw InvalidInputException.of(null, "chair.meeting.body.missing");
        }
        return body;
    }

    /** A body of one text: minutes, a progress note. */
    public record Text(String text) {
    }
}
