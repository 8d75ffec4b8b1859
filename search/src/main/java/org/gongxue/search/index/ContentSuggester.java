package org.gongxue.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Suggestions as a reader types: titles and lecturer names that start with (or, for titles,
 * contain the words of) what was typed, from visible documents only.
 *
 * <p>Built from ordinary queries rather than the completion suggester (which the node does
 * have): the audience filter is then the very one search uses, a title matches the words typed
 * anywhere in it (一体化 suggests 长三角生态绿色一体化…) and in traditional characters (the
 * bigram field folds them), and no extra field has to be filled at index time. One request
 * answers both lists: the query takes any visible document that matches either way, a post
 * filter keeps title matches as hits (collapsed by title, so each title comes once), and an
 * aggregation counts the lecturer names.
 */
public final class ContentSuggester {

    static final String LECTURER_FACET = "lecturer";
    private static final String LECTURER_FIELD = "facets." + LECTURER_FACET;
    private static final String TITLE_KEYWORD = "title.keyword";
    /** Documents often have several lecturers: count more names than asked for, then keep matches. */
    private static final int LECTURERS_COUNTED_PER_SUGGESTION = 5;

    private final ElasticsearchClient client;
    private final String alias;

    public ContentSuggester(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.alias = settings.indexAlias();
    }

    public Suggestions suggest(SuggestionQuery query) throws IOException {
        if (query.prefix().isEmpty() || query.audiences().isEmpty()) {
            return Suggestions.NONE;
        }
        Query titles = titleMatches(query);
        Query lecturers = Query.of(q -> q.prefix(p -> p.field(LECTURER_FIELD).value(query.prefix()).caseInsensitive(true)));
        List<FieldValue> audiences = query.audiences().stream().map(FieldValue::of).toList();
        Query visible = Query.of(q -> q.terms(t -> t.field("audience").terms(v -> v.value(audiences))));

        SearchResponse<TitleSource> response = client.search(s -> s
                .index(alias)
                .query(q -> q.bool(b -> b.filter(visible).should(titles, lecturers).minimumShouldMatch("1")))
                .postFilter(titles)
                .collapse(c -> c.field(TITLE_KEYWORD))
                .size(query.limit())
                .source(src -> src.filter(f -> f.includes("title")))
                .aggregations("lecturers", a -> a
                        .filter(lecturers)
                        .aggregations("names", names -> names.terms(t -> t
                                .field(LECTURER_FIELD)
                                .size(query.limit() * LECTURERS_COUNTED_PER_SUGGESTION)))),
                TitleSource.class);

        Set<String> titleSuggestions = new LinkedHashSet<>();
        for (Hit<TitleSource> hit : response.hits().hits()) {
            if (hit.source() != null && hit.source().title() != null) {
                titleSuggestions.add(hit.source().title());
            }
        }
        return new Suggestions(List.copyOf(titleSuggestions).subList(0, Math.min(titleSuggestions.size(), query.limit())),
                lecturerNames(response, query));
    }

    /**
     * The literal prefix of the whole title ranks first; then titles holding the typed words
     * (smartcn words) or character pairs (bigrams, which also fold traditional characters).
     */
    private static Query titleMatches(SuggestionQuery query) {
        String typed = query.prefix();
        List<FieldValue> kinds = query.titleKinds().stream().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> {
            if (!kinds.isEmpty()) {
                b.filter(f -> f.terms(t -> t.field("kind").terms(v -> v.value(kinds))));
            }
            return b
                    .should(s -> s.prefix(p -> p.field(TITLE_KEYWORD).value(typed).caseInsensitive(true).boost(10f)))
                    .should(s -> s.match(m -> m.field("title").query(typed).operator(Operator.And).boost(2f)))
                    .should(s -> s.match(m -> m.field("title.bigrams").query(typed).operator(Operator.And)))
                    .minimumShouldMatch("1");
        }));
    }

    // A document matched by one lecturer's name also counts its co-lecturers: keep the names
    // that really start with what was typed.
    private static List<String> lecturerNames(SearchResponse<TitleSource> response, SuggestionQuery query) {
        String typed = query.prefix().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        List<StringTermsBucket> buckets = response.aggregations().get("lecturers").filter()
                .aggregations().get("names").sterms().buckets().array();
        for (StringTermsBucket bucket : buckets) {
            String name = bucket.key().stringValue();
            if (name.toLowerCase(Locale.ROOT).startsWith(typed) && names.size() < query.limit()) {
                names.add(name);
            }
        }
        return names;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TitleSource(String title) {}
}
