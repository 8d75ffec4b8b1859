package org.gongxue.events.api;

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
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.room.EventRoomView;
import org.gongxue.events.service.room.EventRooms;
import org.gongxue.forum.service.MemberView;
import org.gongxue.people.service.CurrentActor;

/**
 * An event's discussion space and, for salons and symposiums, their room: the invited members and
 * the topic statement. An event the caller may not see answers 404.
 */
@Path("events/{eventId}/room")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventRoomResource {

    @Inject
    CurrentActor actor;

    @Inject
    EventRooms rooms;

    @PathParam("eventId")
    long eventId;

    /** {@code GET /api/events/{id}/room}: the space's id (for {@code /api/forum/…}), topic, closed. */
    @GET
    public EventRoomView room() {
        return rooms.roomOf(actor.require(), eventId)
                .orElseThrow(() -> new EventNotFoundException("room of event " + eventId));
    }

    @GET
    @Path("members")
    public List<MemberView> members() {
        return rooms.members(actor.require(), eventId);
    }

    @POST
    @Path("members")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response invite(Invitation invitation) {
        rooms.invite(actor.require(), eventId, invitation == null ? null : invitation.username());
        return Response.noContent().build();
    }

    @DELETE
    @Path("members/{personId}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response uninvite(@PathParam("personId") long personId) {
        rooms.uninvite(actor.require(), eventId, personId);
        return Response.noContent().build();
    }

    @PUT
    @Path("topic")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public EventRoomView topic(Topic topic) {
        rooms.setTopic(actor.require(), eventId, topic == null ? null : topic.topic());
        return room();
    }

    /** Whom to invite, by login name. */
    public record Invitation(String username) {
    }

    public record Topic(String topic) {
    }
}
