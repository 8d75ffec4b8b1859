package org.gongxue.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.gongxue.library.service.LibrarySearch;
import org.gongxue.library.service.LibrarySearchRequest;
import org.gongxue.library.service.LibrarySearchResults;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.search.index.Suggestions;

/**
 * The library's search over REST, with the same words, facets, order, paging and snippets as the
 * search page, and the same rule: only what the caller may see is found or counted.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class SearchResource {

    @Inject
    CurrentActor actor;

    @Inject
    LibrarySearch search;

    /**
     * {@code GET /api/search?q=…}: facets {@code topic, ability, locality, lecturer, materialType,
     * year} (repeat a parameter for several values), {@code sort=relevance|newest|most-watched},
     * {@code page} from 1; results grouped by course, {@value LibrarySearch#COURSES_PER_PAGE} a page.
     */
    @GET
    public LibrarySearchResults search(@Context UriInfo uri) {
        return search.search(actor.require(), LibrarySearchRequest.fromParameters(uri.getQueryParameters()));
    }

    /** {@code GET /api/search/suggestions?q=…}: course titles and lecturer names for what was typed so far. */
    @GET
    @Path("suggestions")
    public Suggestions suggestions(@QueryParam("q") String typed) {
        return search.suggest(actor.require(), typed);
    }
}
