package org.gongxue.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gongxue.forum.service.ForbiddenWords;
import org.gongxue.forum.service.ModerationService;
import org.gongxue.forum.service.ReviewItem;
import org.gongxue.people.service.CurrentActor;

/**
 * Moderation over REST: flag a post, the review queue, hide / restore / approve / dismiss, move a
 * thread, withdraw one's own post, and the forbidden words (platform administrators).
 */
@Path("forum")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class ModerationResource {

    @Inject
    CurrentActor actor;

    @Inject
    ModerationService moderation;

    @Inject
    ForbiddenWords forbiddenWords;

    @POST
    @Path("posts/{id}/flags")
    public Response flag(@PathParam("id") long id, FlagReport report) {
        moderation.flag(actor.require(), id, report.reason());
        return Response.status(Response.Status.CREATED).build();
    }

    @DELETE
    @Path("posts/{id}")
    public Response withdraw(@PathParam("id") long id) {
        moderation.withdraw(actor.require(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("review")
    public List<ReviewItem> queue() {
        return moderation.queue(actor.require());
    }

    @POST
    @Path("posts/{id}/hide")
    public Response hide(@PathParam("id") long id) {
        moderation.hide(actor.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id}/restore")
    public Response restore(@PathParam("id") long id) {
        moderation.restore(actor.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id}/approve")
    public Response approve(@PathParam("id") long id) {
        moderation.approve(actor.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id}/dismiss-flags")
    public Response dismissFlags(@PathParam("id") long id) {
        moderation.dismissFlags(actor.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("threads/{id}/move")
    public Response move(@PathParam("id") long id, MoveTarget target) {
        moderation.move(actor.require(), id, target.spaceId());
        return Response.noContent().build();
    }

    @GET
    @Path("forbidden-words")
    @RolesAllowed("PLATFORM_ADMIN")
    public List<String> forbiddenWords() {
        return forbiddenWords.list();
    }

    @PUT
    @Path("forbidden-words")
    @RolesAllowed("PLATFORM_ADMIN")
    public List<String> replaceForbiddenWords(List<String> words) {
        return forbiddenWords.replace(actor.require(), words);
    }

    /** Why a reader flags a post. */
    public record FlagReport(String reason) {
    }

    /** The space a thread moves to. */
    public record MoveTarget(long spaceId) {
    }
}
