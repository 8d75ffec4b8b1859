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
import org.gongxue.events.service.room.EventMinutesService;
import org.gongxue.events.service.room.EventRoomView;
import org.gongxue.events.service.room.EventRooms;
import org.gongxue.events.service.room.MinutesView;
import org.gongxue.forum.service.MemberView;
import org.gongxue.people.service.CurrentActor;

/**
 * An event's discussion space and, for salons and symposiums, their room: the invited members,
 * the topic statement and the summary (纪要). An event the caller may not see answers 404; a
 * summary not published yet answers 404 to members.
 */
@Path("events/{eventId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventRoomResource {

    @Inject
    CurrentActor actor;

    @Inject
    EventRooms rooms;

    @Inject
    EventMinutesService minutes;

    @PathParam("eventId")
    long eventId;

    /** {@code GET /api/events/{id}/room}: the space's id (for {@code /api/forum/…}), topic, closed. */
    @GET
    @Path("room")
    public EventRoomView room() {
        return rooms.roomOf(actor.require(), eventId)
                .orElseThrow(() -> new EventNotFoundException("room of event " + eventId));
    }

    @GET
    @Path("room/members")
    public List<MemberView> members() {
        return rooms.members(actor.require(), eventId);
    }

    @POST
    @Path("room/members")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response invite(Invitation invitation) {
        rooms.invite(actor.require(), eventId, invitation == null ? null : invitation.username());
        return Response.noContent().build();
    }

    @DELETE
    @Path("room/members/{personId}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response uninvite(@PathParam("personId") long personId) {
        rooms.uninvite(actor.require(), eventId, personId);
        return Response.noContent().build();
    }

    @PUT
    @Path("room/topic")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public EventRoomView topic(Topic topic) {
        rooms.setTopic(actor.require(), eventId, topic == null ? null : topic.topic());
        return room();
    }

    @GET
    @Path("minutes")
    public MinutesView readMinutes() {
        return minutes.read(actor.require(), eventId)
                .orElseThrow(() -> new EventNotFoundException("minutes of event " + eventId));
    }

    /** Saves a new version of the summary (the earlier ones are kept). */
    @PUT
    @Path("minutes")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public MinutesView writeMinutes(Minutes text) {
        minutes.write(actor.require(), eventId, text == null ? null : text.text());
        return readMinutes();
    }

    @POST
    @Path("minutes/publication")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public MinutesView publishMinutes() {
        minutes.publish(actor.require(), eventId);
        return readMinutes();
    }

    /** Whom to invite, by login name. */
    public record Invitation(String username) {
    }

    public record Topic(String topic) {
    }

    public record Minutes(String text) {
    }
}
