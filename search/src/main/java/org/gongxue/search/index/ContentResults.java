package org.gongxue.search.index;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One page of hits, and the counts of the facets the query asked for.
 *
 * @param total  how many visible documents match in all, not only on this page
 * @param groups how many entries the whole hit list has: the number of groups (parents) when the
 *               search was grouped (exact up to {@value ParentGrouping#EXACT_GROUP_COUNT_UP_TO}
 *               groups, close beyond), else the same as total; for paging
 * @param facets facet name → its values, most frequent first, ties by value; every counted facet
 *               is present (with an empty list when no visible match carries it)
 */
public record ContentResults(long total, List<ContentHit> hits, Map<String, List<FacetCount>> facets, long groups) {

    public ContentResults {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : facets.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** Results without facet counts. */
    public ContentResults(long total, List<ContentHit> hits) {
        this(total, hits, Map.of(), total);
    }
}
