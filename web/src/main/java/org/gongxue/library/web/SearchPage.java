package org.gongxue.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.library.service.LibraryFacet;
import org.gongxue.library.service.LibrarySearch;
import org.gongxue.library.service.LibrarySearchRequest;
import org.gongxue.library.service.LibrarySearchResults;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.search.SearchUnavailableException;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;
import org.gongxue.search.index.ContentSort;

/**
 * The library's search page ({@code library/search.xhtml}): everything it shows comes from its
 * address (words, ticked facets, order, page), so a search can be bookmarked, shared and gone
 * back to. Bad parameters are said on the page and nothing is searched.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    CurrentActor actor;

    @Inject
    LibrarySearch search;

    private LibrarySearchRequest request = LibrarySearchRequest.words("");
    private LibrarySearchResults results;
    private List<String> problemKeys = List.of();
    private boolean unavailable;

    /** The view action. */
    public void load() {
        try {
            request = LibrarySearchRequest.fromParameters(
                    LibraryRequests.parameters(FacesContext.getCurrentInstance().getExternalContext()));
            results = search.search(actor.require(), request);
        } catch (InvalidInputException e) {
            problemKeys = e.problems().stream().map(Problem::messageKey).toList();
        } catch (SearchUnavailableException e) {
            unavailable = true;
        }
    }

    public String getText() {
        return request.text();
    }

    /** Null when nothing was searched (bad parameters, search down). */
    public LibrarySearchResults getResults() {
        return results;
    }

    public List<String> getProblemKeys() {
        return problemKeys;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String getSort() {
        return LibrarySearchRequest.sortName(request.sort());
    }

    /** The orders offered, as named in addresses; bundle keys {@code library.reader.sort.<name>}. */
    public List<String> getSorts() {
        return Arrays.stream(ContentSort.values()).map(LibrarySearchRequest::sortName).toList();
    }

    public boolean isFiltered() {
        return request.selected().values().stream().anyMatch(values -> !values.isEmpty());
    }

    /** The address of another page of these results (page from 1). */
    public String pageAddress(int page) {
        return address(request.text(), request.selected(), request.sort(), page);
    }

    /** These words and order without any facet ticked. */
    public String getUnfilteredAddress() {
        return address(request.text(), Map.of(), request.sort(), 1);
    }

    private static String address(String text, Map<LibraryFacet, Set<String>> selected, ContentSort sort, int page) {
        List<String> parameters = new ArrayList<>();
        parameters.add(parameter(LibrarySearchRequest.TEXT_PARAMETER, text));
        selected.forEach((facet, values) -> values.forEach(value -> parameters.add(parameter(facet.indexName(), value))));
        if (sort != ContentSort.RELEVANCE) {
            parameters.add(parameter(LibrarySearchRequest.SORT_PARAMETER, LibrarySearchRequest.sortName(sort)));
        }
        if (page > 1) {
            parameters.add(parameter(LibrarySearchRequest.PAGE_PARAMETER, Integer.toString(page)));
        }
        return "search.xhtml?" + String.join("&", parameters);
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
