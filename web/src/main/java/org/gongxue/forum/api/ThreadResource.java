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
import org.gongxue.forum.service.NotificationPage;
import org.gongxue.forum.service.NotificationService;
import org.gongxue.forum.service.PostPage;
import org.gongxue.forum.service.PostView;
import org.gongxue.forum.service.ReplyDraft;
import org.gongxue.forum.service.RevisionView;
import org.gongxue.forum.service.ThreadView;
import org.gongxue.people.service.CurrentActor;

/**
 * Threads and posts over REST: read a page, reply, edit, watch, the moderators' lock, pin and
 * answer, and the caller's notifications.
 */
@Path("forum")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class ThreadResource {

    @Inject
    CurrentActor actor;

    @Inject
    DiscussionService discussions;

    @Inject
    FollowService follows;

    @Inject
    NotificationService notifications;

    /** One page of the thread's posts (zero-based; past the end gives the last page). */
    @GET
    @Path("threads/{id}")
    public PostPage page(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        return discussions.posts(actor.require(), id, page);
    }

    @POST
    @Path("threads/{id}/posts")
    public Response reply(@PathParam("id") long id, ReplyDraft draft) {
        return Response.status(Response.Status.CREATED).entity(discussions.reply(actor.require(), id, draft)).build();
    }

    @POST
    @Path("threads/{id}/lock")
    public ThreadView lock(@PathParam("id") long id) {
        return discussions.lock(actor.require(), id, true);
    }

    @POST
    @Path("threads/{id}/unlock")
    public ThreadView unlock(@PathParam("id") long id) {
        return discussions.lock(actor.require(), id, false);
    }

    @POST
    @Path("threads/{id}/pin")
    public ThreadView pin(@PathParam("id") long id) {
        return discussions.pin(actor.require(), id, true);
    }

    @POST
    @Path("threads/{id}/unpin")
    public ThreadView unpin(@PathParam("id") long id) {
        return discussions.pin(actor.require(), id, false);
    }

    @POST
    @Path("threads/{id}/answer")
    public ThreadView markAnswer(@PathParam("id") long id, AnswerChoice answer) {
        return discussions.markAnswer(actor.require(), id, answer.postId());
    }

    /** Watch the thread: be told of every reply. */
    @PUT
    @Path("threads/{id}/watch")
    public Response watch(@PathParam("id") long id) {
        follows.watchThread(actor.require(), id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("threads/{id}/watch")
    public Response unwatch(@PathParam("id") long id) {
        follows.watchThread(actor.require(), id, false);
        return Response.noContent().build();
    }

    /** The caller's notifications, newest first, with the unread count. */
    @GET
    @Path("notifications")
    public NotificationPage notifications(@QueryParam("page") @DefaultValue("0") int page) {
        return notifications.list(actor.require(), page);
    }

    @POST
    @Path("notifications/read")
    public Response markAllRead() {
        notifications.markAllRead(actor.require());
        return Response.noContent().build();
    }

    @PUT
    @Path("posts/{id}")
    public PostView edit(@PathParam("id") long id, PostEdit edit) {
        return discussions.edit(actor.require(), id, edit.html());
    }

    @GET
    @Path("posts/{id}/history")
    public List<RevisionView> history(@PathParam("id") long id) {
        return discussions.history(actor.require(), id);
    }

    /** The new HTML of an edited post. */
    public record PostEdit(String html) {
    }

    /** The post chosen as the thread's answer or resolution. */
    public record AnswerChoice(long postId) {
    }
}
