package org.gongxue.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gongxue.forum.service.search.ForumSearch;
import org.gongxue.forum.service.search.ForumSearchResults;
import org.gongxue.people.service.CurrentActor;

/** The forum's search over REST: threads whose posts hold the words, among the spaces the caller sees. */
@Path("forum/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class ForumSearchResource {

    @Inject
    CurrentActor actor;

    @Inject
    ForumSearch search;

    /** A page of threads (zero-based; odd pages are clamped); 503 when the index cannot answer. */
    @GET
    public ForumSearchResults search(@QueryParam("q") @DefaultValue("") String text,
                                     @QueryParam("page") @DefaultValue("0") int page) {
        return search.search(actor.require(), text, page, ForumSearch.THREADS_PER_PAGE);
    }
}
