package org.gongxue.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a reader's query against the content index: words, audience filter, facets, order, page,
 * snippets, and the cues and sections where the words are.
 */
public final class ContentSearcher {

    /** The text fields searched and highlighted, each with its bigram subfield. */
    private static final List<String> TEXT_FIELDS = List.of("title", "summary", "body");
    private static final String BIGRAMS = ".bigrams";

    /**
     * Title words weigh most. Each field's bigrams weigh less than its words: bigrams also match
     * character pairs that straddle two words, so they are there to catch what segmentation
     * misses (names, new terms such as 营商), not to decide the order.
     */
    private static final List<String> WEIGHTED_FIELDS = List.of(
            "title^3", "title.bigrams^2", "summary^2", "summary.bigrams^1.5", "body", "body.bigrams^0.7",
            // The cues' and sections' text as copied into the document itself (include_in_root):
            // words spread over several cues or pages still find the document.
            "cues.text", "cues.text.bigrams^0.7", "sections.text", "sections.text.bigrams^0.7",
            // A lecturer's name typed is meant as that person: as strong as a word of a summary.
            "facets.lecturer.words^2", "facets.lecturer.bigrams^1.5");

    /**
     * The query syntax readers get: phrases in quotes, -not, | or, parentheses. No prefix, fuzzy
     * or slop operators: they cost much and mean little for Chinese words.
     */
    private static final List<SimpleQueryStringFlag> SYNTAX = List.of(
            SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
            SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Precedence,
            SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape);

    /** The few stored fields a hit list needs; the body stays in the index. */
    private static final List<String> SOURCE_FIELDS = List.of("id", "kind", "parent_id", "title");

    private static final int SNIPPET_CHARS = 120;
    private static final int SNIPPETS_PER_FIELD = 3;
    /** Highlight only the start of very long bodies instead of failing the whole search. */
    private static final int MAX_HIGHLIGHTED_CHARS = 1_000_000;

    private final ElasticsearchClient client;
    private final String alias;

    public ContentSearcher(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.alias = settings.indexAlias();
    }

    public ContentResults search(ContentQuery query) throws IOException {
        SearchResponse<HitSource> response = client.search(s -> s
                .index(alias)
                .query(visibleMatches(query))
                .postFilter(FacetAggregations.postFilter(query.selectedFacets()))
                .aggregations(FacetAggregations.aggregations(query))
                .sort(order(query.sort()))
                .from(query.from())
                .size(query.pageSize())
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
                .highlight(highlight())
                .collapse(query.groupedByParent() ? ParentGrouping.collapse(SOURCE_FIELDS, highlight()) : null)
                .aggregations(query.groupedByParent() ? ParentGrouping.countGroups() : Map.of()),
                HitSource.class);
        List<ContentHit> hits = new ArrayList<>();
        for (Hit<HitSource> hit : response.hits().hits()) {
            hits.add(hit(hit, hit.source(), ParentGrouping.moreOfTheGroup(hit)));
        }
        long total = response.hits().total().value();
        return new ContentResults(total, hits, FacetAggregations.counts(query, response.aggregations()),
                query.groupedByParent() ? ParentGrouping.groups(response.aggregations()) : total);
    }

    static ContentHit hit(Hit<?> hit, HitSource source, List<ContentHit> sameGroup) {
        return new ContentHit(source.id(), source.kind(), source.parentId(), source.title(),
                hit.score() == null ? 0 : hit.score(), snippets(hit.highlight()), sameGroup,
                MatchLocations.cues(hit), MatchLocations.sections(hit));
    }

    /**
     * Relevance needs no sort clause. The others break ties by relevance, then by id so that
     * pages never overlap. unmappedType keeps an index created before the field existed
     * sortable instead of failing the search.
     */
    private static List<SortOptions> order(ContentSort sort) {
        return switch (sort) {
            case RELEVANCE -> List.of();
            case NEWEST -> List.of(byFieldDescending("published_at", FieldType.Date), BY_SCORE, BY_ID);
            case MOST_WATCHED -> List.of(byFieldDescending("views", FieldType.Long),
                    byFieldDescending("published_at", FieldType.Date), BY_SCORE, BY_ID);
        };
    }

    private static final SortOptions BY_SCORE = SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
    private static final SortOptions BY_ID = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));

    private static SortOptions byFieldDescending(String field, FieldType type) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Desc).missing("_last").unmappedType(type)));
    }

    /**
     * The audience filter sits in the query itself, not in a post filter, so that totals,
     * facets and snippets never count or show what the reader may not see; so does the filter
     * of kinds, so that one feature's counts hold none of another's documents.
     */
    private static Query visibleMatches(ContentQuery query) {
        List<FieldValue> audiences = query.audiences().stream().map(FieldValue::of).toList();
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.terms(t -> t.field("audience").terms(v -> v.value(audiences)))));
        if (!query.kinds().isEmpty()) {
            List<FieldValue> kinds = query.kinds().stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field("kind").terms(v -> v.value(kinds)))));
        }
        Query words = query.text().isEmpty()
                ? Query.of(q -> q.matchAll(m -> m))
                : words(query.text(), WEIGHTED_FIELDS, 1f);
        return Query.of(q -> q.bool(b -> b.must(words).filter(filters).should(MatchLocations.clauses(query.text()))));
    }

    /**
     * The words as typed, in the readers' syntax, in any of the fields. Every word typed must
     * appear: readers narrow a search by adding words.
     */
    static Query words(String text, List<String> fields, float boost) {
        return Query.of(q -> q.simpleQueryString(sqs -> sqs
                .query(text)
                .fields(fields)
                .defaultOperator(Operator.And)
                .flags(SYNTAX)
                .boost(boost)));
    }

    /** The snippet markup every highlight shares. */
    static Highlight.Builder highlightBase() {
        return new Highlight.Builder()
                .preTags("<em>")
                .postTags("</em>")
                // Escapes the document's own text, so a snippet is safe to render as HTML.
                .encoder(HighlighterEncoder.Html)
                .maxAnalyzedOffset(MAX_HIGHLIGHTED_CHARS);
    }

    private static Highlight highlight() {
        Highlight.Builder highlight = highlightBase()
                .fragmentSize(SNIPPET_CHARS)
                .numberOfFragments(SNIPPETS_PER_FIELD);
        for (String field : TEXT_FIELDS) {
            highlight.fields(field, f -> f);
            highlight.fields(field + BIGRAMS, f -> f);
        }
        return highlight.build();
    }

    /**
     * One list of snippets per text field: the word field's when it matched, else its bigram
     * subfield's (a term such as 营商 that smartcn splits matches only there).
     */
    static Map<String, List<String>> snippets(Map<String, List<String>> highlight) {
        Map<String, List<String>> snippets = new HashMap<>();
        for (String field : TEXT_FIELDS) {
            List<String> fragments = highlight.getOrDefault(field, highlight.get(field + BIGRAMS));
            if (fragments != null) {
                snippets.put(field, fragments);
            }
        }
        return snippets;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HitSource(String id, String kind, @JsonProperty("parent_id") String parentId, String title) {}
}
