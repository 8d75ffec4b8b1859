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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventDraft;
import org.gongxue.events.service.EventService;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.SeriesDraft;
import org.gongxue.events.service.SeriesService;
import org.gongxue.events.service.SeriesView;
import org.gongxue.people.service.CurrentActor;

/**
 * Events over REST: everyone signed in lists and reads the events they may see; organisers
 * (locality administrators for their locality, the chair's for shared events) write them.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventsResource {

    @Inject
    CurrentActor actor;

    @Inject
    EventCatalog catalog;

    @Inject
    EventService events;

    @Inject
    SeriesService series;

    /**
     * {@code GET /api/events?from=2026-12-01&to=2027-01-01&series=…&locality=…}: the events starting
     * on those days (to exclusive; default from 30 days ago for a year), by start time.
     */
    @GET
    public List<EventView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("series") Long seriesId, @QueryParam("locality") String locality) {
        return catalog.visibleTo(actor.require(), EventQueries.window(from, to, seriesId, locality));
    }

    @GET
    @Path("{id}")
    public EventView find(@PathParam("id") long id) {
        return catalog.find(actor.require(), id);
    }

    @POST
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response create(EventDraft draft) {
        long id = events.create(actor.require(), draft);
        return Response.status(Response.Status.CREATED).entity(catalog.find(actor.require(), id)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public EventView edit(@PathParam("id") long id, EventDraft draft) {
        events.update(actor.require(), id, draft);
        return catalog.find(actor.require(), id);
    }

    /** Calls the event off: it stays visible, marked cancelled, and takes no more registrations. */
    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public EventView cancel(@PathParam("id") long id) {
        events.cancel(actor.require(), id);
        return catalog.find(actor.require(), id);
    }

    @GET
    @Path("series")
    public List<SeriesView> series() {
        return series.all();
    }

    @POST
    @Path("series")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response createSeries(SeriesDraft draft) {
        long id = series.create(actor.require(), draft);
        return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
    }

    /** The id of something just made. */
    public record Created(long id) {
    }
}
