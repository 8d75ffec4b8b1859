package org.gongxue.library.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;
import org.gongxue.search.index.ContentSort;

/**
 * What a reader asks the library for, as the search page and {@code GET /api/search} read it from
 * an address: the words typed, the facet values ticked, an order and a page. Anything odd in the
 * words is searched for as words; a page past the end is the last page there is.
 *
 * @param text     the words as typed; blank lists every course the reader may see
 * @param selected facet → values ticked; within a facet any value, across facets all
 * @param sort     relevance when null
 * @param page     zero-based; negative means the first
 */
public record LibrarySearchRequest(String text, Map<LibraryFacet, Set<String>> selected, ContentSort sort, int page) {

    public LibrarySearchRequest {
        text = text == null ? "" : text;
        Map<LibraryFacet, Set<String>> copy = new EnumMap<>(LibraryFacet.class);
        if (selected != null) {
            selected.forEach((facet, values) -> copy.put(facet, values == null ? Set.of() : Set.copyOf(values)));
        }
        selected = Map.copyOf(copy);
        sort = sort == null ? ContentSort.RELEVANCE : sort;
        page = Math.max(0, page);
    }

    /** The address parameter of the words typed. */
    public static final String TEXT_PARAMETER = "q";
    public static final String SORT_PARAMETER = "sort";
    /** The page in addresses counts from 1, as people do. */
    public static final String PAGE_PARAMETER = "page";

    /**
     * Reads a request from an address's parameters: {@code q}, one parameter per facet named as
     * the facet (repeated for several values), {@code sort} (relevance, newest, most-watched) and
     * {@code page} (from 1). Unknown parameters are ignored.
     *
     * @throws InvalidInputException for an order or page that is none
     */
    public static LibrarySearchRequest fromParameters(Map<String, List<String>> parameters) {
        List<Problem> problems = new ArrayList<>();
        Map<LibraryFacet, Set<String>> selected = new EnumMap<>(LibraryFacet.class);
        for (LibraryFacet facet : LibraryFacet.values()) {
            List<String> values = parameters.getOrDefault(facet.indexName(), List.of());
            if (!values.isEmpty()) {
                selected.put(facet, new LinkedHashSet<>(values));
            }
        }
        ContentSort sort = ContentSort.RELEVANCE;
        String sortName = first(parameters, SORT_PARAMETER);
        if (sortName != null) {
            try {
                sort = sortOf(sortName);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(SORT_PARAMETER, "library.reader.search.badSort"));
            }
        }
        int page = 0;
        String pageNumber = first(parameters, PAGE_PARAMETER);
        if (pageNumber != null) {
            try {
                page = Integer.parseInt(pageNumber.strip()) - 1;
            } catch (NumberFormatException e) {
                page = -1;
            }
            if (page < 0) {
                problems.add(Problem.of(PAGE_PARAMETER, "library.reader.search.badPage"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LibrarySearchRequest(first(parameters, TEXT_PARAMETER), selected, sort, page);
    }

    /** How an order is named in addresses: relevance, newest, most-watched. */
    public static String sortName(ContentSort sort) {
        return sort.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ContentSort sortOf(String name) {
        return ContentSort.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public static LibrarySearchRequest words(String text) {
        return new LibrarySearchRequest(text, Map.of(), ContentSort.RELEVANCE, 0);
    }

    public boolean isSelected(LibraryFacet facet, String value) {
        return selected.getOrDefault(facet, Set.of()).contains(value);
    }
}
