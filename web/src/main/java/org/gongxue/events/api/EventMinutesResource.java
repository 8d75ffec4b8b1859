package org.gongxue.events.api;

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
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.room.EventMinutesService;
import org.gongxue.events.service.room.MinutesView;
import org.gongxue.people.service.CurrentActor;

/**
 * The summary (纪要) of a salon or symposium: organisers write and publish it; members read it once
 * published. A summary the caller may not read (not published, not a member) answers 404.
 */
@Path("events/{eventId}/minutes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventMinutesResource {

    @Inject
    CurrentActor actor;

    @Inject
    EventMinutesService minutes;

    @PathParam("eventId")
    long eventId;

    @GET
    public MinutesView readMinutes() {
        return minutes.read(actor.require(), eventId)
                .orElseThrow(() -> new EventNotFoundException("minutes of event " + eventId));
    }

    /** Saves a new version of the summary (the earlier ones are kept). */
    @PUT
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public MinutesView writeMinutes(Minutes text) {
        minutes.write(actor.require(), eventId, text == null ? null : text.text());
        return readMinutes();
    }

    @POST
    @Path("publication")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public MinutesView publishMinutes() {
        minutes.publish(actor.require(), eventId);
        return readMinutes();
    }

    public record Minutes(String text) {
    }
}
