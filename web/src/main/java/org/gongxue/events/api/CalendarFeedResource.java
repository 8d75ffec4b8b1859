package org.gongxue.events.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.gongxue.events.service.CalendarFeedService;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.IcsCalendar;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.i18n.Messages;
import org.gongxue.platform.security.ClientAddresses;

/**
 * {@code GET /api/calendar/{token}.ics[?series=…][&lang=en]}: a person's calendar feed, for phone
 * and desktop calendars to subscribe to. Open without sign-in (web.xml), because calendar apps
 * cannot sign in: the token in the address is the credential, and the feed holds exactly the
 * events its owner may see (of one series with {@code series}).
 */
@Path("calendar")
@RequestScoped
public class CalendarFeedResource {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    @Inject
    CalendarFeedService feeds;

    @Inject
    EventCatalog catalog;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @Path("{token}.ics")
    @Produces(MEDIA_TYPE)
    public Response feed(@PathParam("token") String token, @QueryParam("series") Long seriesId,
                         @QueryParam("lang") String language) {
        // An unknown token and a disabled owner look the same: nothing to learn by guessing.
        Actor owner = feeds.ownerOf(token, clientAddresses.of(request)).orElseThrow(NotFoundException::new);
        Locale locale = language == null ? null : Locale.forLanguageTag(language);
        List<EventView> events = catalog.visibleTo(owner, EventQueries.window(null, null, seriesId, null));
        String body = IcsCalendar.write(Messages.text(locale, "events.feed.name"), events,
                id -> uri.getBaseUriBuilder().replacePath(request.getContextPath())
                        .path("events/event.xhtml").queryParam("id", id).build(), locale);
        return Response.ok(body).header("Cache-Control", "private, no-cache").build();
    }
}
