package org.gongxue.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.FollowService;
import org.gongxue.forum.service.MemberView;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.forum.service.ThreadPage;
import org.gongxue.forum.service.ThreadView;
import org.gongxue.people.service.CurrentActor;

/**
 * Forum spaces over REST: what the caller may see, and for administrators their members and
 * moderators. The services decide who may do what; a space the caller may not see answers 403.
 */
@Path("forum/spaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class SpaceResource {

    @Inject
    CurrentActor actor;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    FollowService follows;

    @GET
    public List<SpaceView> visible() {
        return spaces.visibleSpaces(actor.require());
    }

    @POST
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response create(SpaceDraft draft) {
        return Response.status(Response.Status.CREATED).entity(spaces.create(actor.require(), draft)).build();
    }

    @GET
    @Path("{id}")
    public SpaceView find(@PathParam("id") long id) {
        return spaces.find(actor.require(), id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public SpaceView edit(@PathParam("id") long id, SpaceDraft changes) {
        return spaces.edit(actor.require(), id, changes);
    }

    @GET
    @Path("{id}/members")
    public List<MemberView> members(@PathParam("id") long id) {
        return spaces.members(actor.require(), id);
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public List<MemberView> addMember(@PathParam("id") long id, PersonReference person) {
        spaces.addMember(actor.require(), id, person.username());
        return spaces.members(actor.require(), id);
    }

    @DELETE
    @Path("{id}/members/{personId}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response removeMember(@PathParam("id") long id, @PathParam("personId") long personId) {
        spaces.removeMember(actor.require(), id, personId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/moderators")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public List<MemberView> addModerator(@PathParam("id") long id, PersonReference person) {
        spaces.addModerator(actor.require(), id, person.username());
        return spaces.members(actor.require(), id);
    }

    @DELETE
    @Path("{id}/moderators/{personId}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response removeModerator(@PathParam("id") long id, @PathParam("personId") long personId) {
        spaces.removeModerator(actor.require(), id, personId);
        return Response.noContent().build();
    }

    /** Suggestions for @mentions as the writer types ({@code q}: the letters after the @). */
    @GET
    @Path("{id}/mentionable")
    public List<MemberView> mentionable(@PathParam("id") long id, @QueryParam("q") String typed) {
        return spaces.mentionable(actor.require(), id, typed);
    }

    /** Watch the space: be told of every new thread. */
    @PUT
    @Path("{id}/watch")
    public Response watch(@PathParam("id") long id) {
        follows.watchSpace(actor.require(), id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/watch")
    public Response unwatch(@PathParam("id") long id) {
        follows.watchSpace(actor.require(), id, false);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/threads")
    public ThreadPage threads(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("20") int size) {
        return discussions.threads(actor.require(), id, page, size);
    }

    @POST
    @Path("{id}/threads")
    public Response start(@PathParam("id") long id, NewThread thread) {
        ThreadView started = discussions.start(actor.require(), id, thread.title(), thread.html());
        return Response.status(Response.Status.CREATED).entity(started).build();
    }

    /** A person named by login name. */
    public record PersonReference(String username) {
    }

    /** A new thread: its title and the first post's HTML. */
    public record NewThread(String title, String html) {
    }
}
