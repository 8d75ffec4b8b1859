package org.gongxue.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongxue.forum.service.search.ForumSearch;
import org.gongxue.forum.service.search.ForumSearchResults;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.search.SearchUnavailableException;

/**
 * Threads found by the site search ({@code forum/search.xhtml?q=…&page=…}, and the first few on
 * the library's search page): everything comes from the address, so a search can be bookmarked.
 */
@Named
@RequestScoped
public class ForumSearchPage {

    /** Threads the library's search page shows beside its courses. */
    static final int PREVIEW = 3;

    @Inject
    CurrentActor actor;

    @Inject
    ForumSearch search;

    private ForumSearchResults results;
    private boolean unavailable;

    /** The view action of the forum's search page. */
    public void load() {
        results = find((int) ForumFaces.positive(parameter("page")), ForumSearch.THREADS_PER_PAGE);
    }

    /** The first few threads for the words of the site search; null when no words were typed or search is down. */
    public ForumSearchResults getPreview() {
        if (results == null && !unavailable && !getText().isBlank()) {
            results = find(0, PREVIEW);
        }
        return results;
    }

    private ForumSearchResults find(int page, int pageSize) {
        try {
            return search.search(actor.require(), getText(), page, pageSize);
        } catch (SearchUnavailableException e) {
            unavailable = true;
            return null;
        }
    }

    public String getText() {
        String text = parameter("q");
        return text == null ? "" : text;
    }

    /** Null when search is down. */
    public ForumSearchResults getResults() {
        return results;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** The address of a page of these results, zero-based. */
    public String pageAddress(int page) {
        return "search.xhtml?q=" + URLEncoder.encode(getText(), StandardCharsets.UTF_8) + "&page=" + page;
    }

    private static String parameter(String name) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return parameters.get(name);
    }
}
