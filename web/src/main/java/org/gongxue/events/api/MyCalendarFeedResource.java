package org.gongxue.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.gongxue.events.service.CalendarFeedService;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.web.SiteAddress;

/** The caller's own calendar feed address ({@code GET}), and a new one that ends the old ({@code POST}). */
@Path("calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class MyCalendarFeedResource {

    @Inject
    CurrentActor actor;

    @Inject
    CalendarFeedService feeds;

    @Inject
    SiteAddress site;

    @Context
    HttpServletRequest request;

    @GET
    public FeedAddress mine() {
        return address(feeds.tokenOf(actor.require()));
    }

    @POST
    public FeedAddress replace() {
        return address(feeds.replaceToken(actor.require()));
    }

    private FeedAddress address(String token) {
        return new FeedAddress(site.root(request) + "api/calendar/" + token + ".ics");
    }

    /** Where a calendar app subscribes; add {@code ?series=<id>} for one series. */
    public record FeedAddress(String url) {
    }
}
