package org.gongxue.search.index;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Where in a document the words are: the cues and sections (nested documents) that match best,
 * found as inner hits of optional nested clauses beside the main query.
 *
 * <p>The main query decides which documents match: it searches the cues' and sections' text
 * through their copies in the root document ({@code include_in_root}), so a query's words may
 * be spread over several cues. The clauses here only locate, and add to the score of a document
 * where one cue or section holds the words together: one with every word (and phrase) as typed
 * ranks first, then those holding the most of them, so even words spread over several cues
 * point to the cue that holds most.
 */
final class MatchLocations {

    static final int PER_HIT = 3;
    private static final String CUES = "cues";
    private static final String SECTIONS = "sections";
    private static final String TEXT = ".text";
    private static final String BIGRAMS = ".bigrams";
    /** A cue is a line or two: shown whole. */
    private static final int WHOLE_FIELD = 0;
    private static final int SECTION_SNIPPET_CHARS = 150;

    private MatchLocations() {}

    /** The optional clauses that find the best cues and sections; none for a search without words. */
    static List<Query> clauses(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return List.of(
                nested(CUES, "start", text, highlight(CUES, WHOLE_FIELD)),
                nested(SECTIONS, "number", text, highlight(SECTIONS, SECTION_SNIPPET_CHARS)));
    }

    static List<CueMatch> cues(Hit<?> hit) {
        return matches(hit, CUES, CueSource.class, (cue, snippet) -> new CueMatch(cue.start(), snippet));
    }

    static List<SectionMatch> sections(Hit<?> hit) {
        return matches(hit, SECTIONS, SectionSource.class,
                (section, snippet) -> new SectionMatch(section.number(), snippet));
    }

    private static Query nested(String path, String place, String text, Highlight highlight) {
        String words = path + TEXT;
        String bigrams = words + BIGRAMS;
        List<String> fields = List.of(words, bigrams + "^0.7");
        Query allWords = ContentSearcher.words(text, fields, 2f);
        Query mostWords = Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields).operator(Operator.Or)));
        return Query.of(q -> q.nested(n -> n
                .path(path)
                .scoreMode(ChildScoreMode.Max)
                // An index created before the field existed answers without it instead of failing.
                .ignoreUnmapped(true)
                .query(inner -> inner.bool(b -> b.should(allWords, mostWords)))
                .innerHits(i -> i.name(path).size(PER_HIT).highlight(highlight)
                        // The snippet comes from the highlight: the text need not come twice.
                        .source(src -> src.filter(f -> f.includes(path + "." + place))))));
    }

    private static Highlight highlight(String path, int fragmentChars) {
        String words = path + TEXT;
        return ContentSearcher.highlightBase()
                .fragmentSize(fragmentChars == WHOLE_FIELD ? null : fragmentChars)
                .numberOfFragments(fragmentChars == WHOLE_FIELD ? 0 : 1)
                .fields(words, f -> f)
                .fields(words + BIGRAMS, f -> f)
                .build();
    }

    private static <S, M> List<M> matches(Hit<?> hit, String path, Class<S> sourceType, BiFunction<S, String, M> match) {
        InnerHitsResult inner = hit.innerHits().get(path);
        if (inner == null) {
            return List.of();
        }
        List<M> matches = new ArrayList<>();
        for (Hit<JsonData> part : inner.hits().hits()) {
            if (part.source() != null) {
                matches.add(match.apply(part.source().to(sourceType), snippet(part.highlight(), path + TEXT)));
            }
        }
        return matches;
    }

    /** The word field's snippet when it marks a word, else the bigram field's (营商 matches only there). */
    private static String snippet(Map<String, List<String>> highlight, String field) {
        List<String> words = highlight.getOrDefault(field, List.of());
        List<String> bigrams = highlight.getOrDefault(field + BIGRAMS, List.of());
        List<String> best = !bigrams.isEmpty() && words.stream().noneMatch(w -> w.contains("<em>")) ? bigrams : words;
        return best.isEmpty() ? "" : best.get(0);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CueSource(int start) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SectionSource(int number) {}
}
