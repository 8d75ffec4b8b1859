package org.gongxue.search.index;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.search.FieldCollapse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Results grouped by course: field collapsing on {@code group_id} (the parent, or the document
 * itself), so each course is one entry however many of its lectures and materials match, with
 * its next best matches as inner hits. Facet counts and totals still count documents.
 *
 * <p>Documents indexed before {@code group_id} existed have no value and would all fall into one
 * group: grouping is asked for per query, and the index must have been rebuilt (or those
 * documents indexed again) before a page turns it on.
 */
final class ParentGrouping {

    static final int MORE_HITS_PER_GROUP = 3;
    /** Elasticsearch's largest precision threshold: below it the cardinality is exact. */
    static final int EXACT_GROUP_COUNT_UP_TO = 40_000;
    private static final String GROUP_FIELD = "group_id";
    private static final String INNER_HITS = "same_group";
    private static final String GROUP_COUNT = "groups";

    private ParentGrouping() {}

    static FieldCollapse collapse(List<String> sourceFields, Highlight highlight) {
        return FieldCollapse.of(c -> c.field(GROUP_FIELD).innerHits(i -> i
                .name(INNER_HITS)
                // One more than kept: the group's best match is the hit itself.
                .size(MORE_HITS_PER_GROUP + 1)
                .source(src -> src.filter(f -> f.includes(sourceFields)))
                .highlight(highlight)));
    }

    static Map<String, Aggregation> countGroups() {
        return Map.of(GROUP_COUNT, Aggregation.of(a -> a.cardinality(c -> c
                .field(GROUP_FIELD).precisionThreshold(EXACT_GROUP_COUNT_UP_TO))));
    }

    static long groups(Map<String, Aggregate> aggregations) {
        return aggregations.get(GROUP_COUNT).cardinality().value();
    }

    /** The group's next best matches after the hit itself; empty when the search was not grouped. */
    static List<ContentHit> moreOfTheGroup(Hit<?> hit) {
        InnerHitsResult group = hit.innerHits().get(INNER_HITS);
        if (group == null) {
            return List.of();
        }
        List<ContentHit> more = new ArrayList<>();
        for (Hit<JsonData> inner : group.hits().hits()) {
            if (!inner.id().equals(hit.id()) && more.size() < MORE_HITS_PER_GROUP) {
                ContentSearcher.HitSource source = inner.source().to(ContentSearcher.HitSource.class);
                more.add(ContentSearcher.hit(inner, source, List.of()));
            }
        }
        return more;
    }
}
