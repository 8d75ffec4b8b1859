package org.gongxue.search.index;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facet filters and counts in the multi-select way: the selections filter the hits through a
 * post filter, and each facet is counted under the selections of the <em>other</em> facets only.
 * So ticking 青浦 under locality narrows the hits and every other facet's counts, while the
 * locality counts still show how many 嘉善 or 吴江 would give. All counts run inside the main
 * query, which already holds the audience filter: no count includes a document the reader may
 * not see.
 */
final class FacetAggregations {

    /** The values counted per facet: more than a page can list. */
    static final int MAX_VALUES_COUNTED = 50;
    private static final String FACETS = "facets.";
    private static final String AGGREGATION_PREFIX = "facet_";
    private static final String VALUES = "values";

    private FacetAggregations() {}

    /** Every selection (AND across facets, OR within one); null when nothing is selected. */
    static Query postFilter(Map<String, Set<String>> selected) {
        return selected.isEmpty() ? null : selectionsExcept(selected, null);
    }

    static Map<String, Aggregation> aggregations(ContentQuery query) {
        Map<String, Aggregation> aggregations = new HashMap<>();
        for (String facet : query.countedFacets()) {
            Query othersSelected = selectionsExcept(query.selectedFacets(), facet);
            aggregations.put(AGGREGATION_PREFIX + facet, Aggregation.of(a -> a
                    .filter(othersSelected)
                    .aggregations(VALUES, values -> values.terms(t -> t
                            .field(FACETS + facet)
                            .size(MAX_VALUES_COUNTED)
                            .order(List.of(NamedValue.of("_count", SortOrder.Desc),
                                    NamedValue.of("_key", SortOrder.Asc)))))));
        }
        return aggregations;
    }

    static Map<String, List<FacetCount>> counts(ContentQuery query, Map<String, Aggregate> aggregations) {
        Map<String, List<FacetCount>> counts = new HashMap<>();
        for (String facet : query.countedFacets()) {
            List<FacetCount> values = new ArrayList<>();
            Aggregate filtered = aggregations.get(AGGREGATION_PREFIX + facet);
            for (StringTermsBucket bucket : filtered.filter().aggregations().get(VALUES).sterms().buckets().array()) {
                values.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
            counts.put(facet, values);
        }
        return counts;
    }

    private static Query selectionsExcept(Map<String, Set<String>> selected, String excludedFacet) {
        List<Query> filters = new ArrayList<>();
        selected.forEach((facet, values) -> {
            if (!facet.equals(excludedFacet)) {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                filters.add(Query.of(q -> q.terms(t -> t.field(FACETS + facet).terms(v -> v.value(terms)))));
            }
        });
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }
}
