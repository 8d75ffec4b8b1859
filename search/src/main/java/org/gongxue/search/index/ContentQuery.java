package org.gongxue.search.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader asks for: the words typed into the search box, the audiences the reader
 * belongs to, a page, and optionally facet values to filter by, facets to count and an order.
 *
 * <p>The text is taken as typed: quotes mark exact phrases, {@code -} excludes a word and
 * {@code |} means or; anything else, however odd, is searched for as words and never fails.
 *
 * <p>Selected facet values narrow the hits: a document must carry one of the selected values of
 * every facet that has a selection (or within a facet, and across facets).
 *
 * @param text           the query; blank lists every visible document
 * @param audiences      the reader's audiences; a document is visible when it shares one of them
 * @param page           zero-based page number
 * @param pageSize       hits per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param selectedFacets facet name → values the reader ticked; facets without values are dropped
 * @param countedFacets  facet names whose value counts the results should carry
 * @param sort           the order of the hits; null means relevance
 * @param groupedByParent one entry per parent (course) instead of per document: the best match
 *                       of each group is the hit, the group's next best ride along with it
 * @param kinds          the kinds of document searched (the library's, the forum's); empty means
 *                       every kind
 */
public record ContentQuery(String text, Set<String> audiences, int page, int pageSize,
        Map<String, Set<String>> selectedFacets, Set<String> countedFacets, ContentSort sort,
        boolean groupedByParent, Set<String> kinds) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Longer input is cut: no one types more, and every extra word costs query time. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** Elasticsearch's default index.max_result_window: deeper pages are refused by the node. */
    static final int MAX_RESULT_WINDOW = 10_000;

    public ContentQuery {
        text = FacetInput.truncate(text == null ? "" : text.strip(), MAX_TEXT_LENGTH);
        audiences = Set.copyOf(audiences);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if ((long) (page + 1) * pageSize > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("only the first " + MAX_RESULT_WINDOW + " hits can be paged through");
        }
        selectedFacets = cleanedSelection(selectedFacets == null ? Map.of() : selectedFacets);
        countedFacets = FacetInput.checkedNames(countedFacets == null ? Set.of() : countedFacets);
        sort = sort == null ? ContentSort.RELEVANCE : sort;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** A query of documents of every kind. */
    public ContentQuery(String text, Set<String> audiences, int page, int pageSize,
            Map<String, Set<String>> selectedFacets, Set<String> countedFacets, ContentSort sort,
            boolean groupedByParent) {
        this(text, audiences, page, pageSize, selectedFacets, countedFacets, sort, groupedByParent, Set.of());
    }

    /** A page by relevance, without facets. */
    public ContentQuery(String text, Set<String> audiences, int page, int pageSize) {
        this(text, audiences, page, pageSize, Map.of(), Set.of(), ContentSort.RELEVANCE, false);
    }

    public static ContentQuery firstPage(String text, Set<String> audiences) {
        return new ContentQuery(text, audiences, 0, 10);
    }

    /** This query, keeping only documents that carry one of these values of the facet. */
    public ContentQuery selecting(String facet, Collection<String> values) {
        Map<String, Set<String>> selection = new HashMap<>(selectedFacets);
        // A copy that tolerates null values: they are dropped with the blank ones.
        selection.put(facet, new LinkedHashSet<>(Objects.requireNonNull(values, "values")));
        return new ContentQuery(text, audiences, page, pageSize, selection, countedFacets, sort, groupedByParent, kinds);
    }

    /** This query, with value counts of these facets in its results. */
    public ContentQuery counting(Collection<String> facets) {
        return new ContentQuery(text, audiences, page, pageSize, selectedFacets, Set.copyOf(facets), sort, groupedByParent, kinds);
    }

    public ContentQuery sortedBy(ContentSort order) {
        return new ContentQuery(text, audiences, page, pageSize, selectedFacets, countedFacets, order, groupedByParent, kinds);
    }

    /** This query, one hit per course (or other parent); paging then counts groups. */
    public ContentQuery groupingByParent() {
        return new ContentQuery(text, audiences, page, pageSize, selectedFacets, countedFacets, sort, true, kinds);
    }

    /** This query, searching documents of these kinds only. */
    public ContentQuery ofKinds(Collection<String> searched) {
        return new ContentQuery(text, audiences, page, pageSize, selectedFacets, countedFacets, sort, groupedByParent,
                Set.copyOf(searched));
    }

    int from() {
        return page * pageSize;
    }

    private static Map<String, Set<String>> cleanedSelection(Map<String, Set<String>> selection) {
        FacetInput.checkedNames(selection.keySet());
        Map<String, Set<String>> cleaned = new HashMap<>();
        selection.forEach((facet, values) -> {
            Set<String> kept = FacetInput.cleanedValues(facet, values == null ? Set.of() : values);
            if (!kept.isEmpty()) {
                cleaned.put(facet, kept);
            }
        });
        return Map.copyOf(cleaned);
    }
}
