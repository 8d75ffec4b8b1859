package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentResults;
import org.gongxue.search.index.ContentSearcher;
import org.gongxue.search.index.SearchConnection;
import org.gongxue.search.index.SearchDocument;

/**
 * ContentSearcher.search against a raw _search with the same body through the low-level client,
 * both at the same fixed request rate over the same index and queries.
 *
 * <p>Open-loop: request i is due at start + i / rate, and its latency counts from when it was
 * due, not from when it was sent. A slow response that delays the next request is charged to
 * that request too, so the percentiles do not hide stalls ("coordinated omission").
 */
final class SearchBench {

    private static final String ALIAS = "bench-search";
    private static final Set<String> AUDIENCES = Set.of(PoetryCorpus.AUDIENCE);
    /** Simplified characters on purpose: the index folds the poems' traditional text. */
    static final List<String> QUERIES = List.of(
            "明月", "春风", "故乡", "长安", "江南", "黄河", "秋雨", "白云", "桃花", "将军",
            "思念 故人", "落花 流水", "山水", "边塞", "归来", "孤舟", "西湖", "梅花 雪", "天下", "\"明月光\"",
            "杨柳 -春风", "离别 | 送别", "青山 白发", "酒");
    private static final int WARM_UP_QUERIES = 2 * 24;
    private static final int ROUNDS = 3;

    /** ContentSearcher's fields and weights, copied so that the raw body asks the same thing. */
    private static final List<String> WEIGHTED_FIELDS = List.of(
            "title^3", "title.bigrams^2", "summary^2", "summary.bigrams^1.5", "body", "body.bigrams^0.7");
    private static final List<String> HIGHLIGHTED_FIELDS = List.of(
            "title", "title.bigrams", "summary", "summary.bigrams", "body", "body.bigrams");

    private final BenchConfig config;
    private final SearchConnection connection;
    private final RawElasticsearch raw;
    private final List<SearchDocument> documents;

    SearchBench(BenchConfig config, SearchConnection connection, RawElasticsearch raw, List<SearchDocument> documents) {
        this.config = config;
        this.connection = connection;
        this.raw = raw;
        this.documents = documents;
    }

    List<Comparison> run() throws IOException {
        ContentIndex index = new ContentIndex(connection.client(), IndexingBench.settings(config.elasticsearchUrl(), ALIAS));
        raw.deleteIndexIfExists(index.versionedName());
        index.ensureCreated();
        try {
            for (int from = 0; from < documents.size(); from += config.batchSize()) {
                index.index(documents.subList(from, Math.min(documents.size(), from + config.batchSize())));
            }
            index.refresh();
            ContentSearcher searcher = new ContentSearcher(connection.client(),
                    IndexingBench.settings(config.elasticsearchUrl(), ALIAS));
            String equivalence = checkSameTotals(searcher);

            long intervalNanos = TimeUnit.SECONDS.toNanos(1) / config.searchRatePerSecond();
            Samples platform = new Samples();
            Samples baseline = new Samples();
            runAtFixedRate(searcher, true, WARM_UP_QUERIES, intervalNanos, new Samples());
            runAtFixedRate(searcher, false, WARM_UP_QUERIES, intervalNanos, new Samples());
            for (int round = 0; round < ROUNDS; round++) {
                boolean platformFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isPlatform = (turn == 0) == platformFirst;
                    runAtFixedRate(searcher, isPlatform, config.searchQueriesPerRound(), intervalNanos,
                            isPlatform ? platform : baseline);
                }
            }
            String name = "search " + documents.size() + " poems at " + config.searchRatePerSecond() + " q/s";
            String note = "baseline: low-level RestClient _search, same body; " + platform.count()
                    + " queries each; " + equivalence;
            return List.of(
                    new Comparison(name, "latency p50", Samples.millis(platform.median()),
                            Samples.millis(baseline.median()), "ms", false, note),
                    new Comparison(name, "latency p95", Samples.millis(platform.percentile(95)),
                            Samples.millis(baseline.percentile(95)), "ms", false, ""),
                    new Comparison(name, "latency max", Samples.millis(platform.max()),
                            Samples.millis(baseline.max()), "ms", false, ""));
        } finally {
            raw.deleteIndexIfExists(index.versionedName());
        }
    }

    private void runAtFixedRate(ContentSearcher searcher, boolean platform, int count, long intervalNanos,
                                Samples latencies) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            String query = QUERIES.get(i % QUERIES.size());
            if (platform) {
                searcher.search(ContentQuery.firstPage(query, AUDIENCES));
            } else {
                raw.search(ALIAS, rawBody(query));
            }
            latencies.add(System.nanoTime() - due);
        }
    }

    /** Both ask the same: the same number of hits for every query, or the ratio means nothing. */
    private String checkSameTotals(ContentSearcher searcher) throws IOException {
        long hits = 0;
        for (String query : QUERIES) {
            ContentResults platform = searcher.search(ContentQuery.firstPage(query, AUDIENCES));
            JsonNode baseline = raw.search(ALIAS, rawBody(query));
            long baselineTotal = baseline.path("hits").path("total").path("value").asLong(-1);
            if (platform.total() != baselineTotal) {
                throw new IllegalStateException("query '" + query + "': platform found " + platform.total()
                        + ", raw body " + baselineTotal + " - the raw body is not equivalent");
            }
            hits += platform.total();
        }
        return "same totals for all " + QUERIES.size() + " queries (" + hits + " hits in all)";
    }

    /** The body ContentSearcher sends for the first page of {@code text}, as plain maps. */
    static Map<String, Object> rawBody(String text) {
        Map<String, Object> words = Map.of("simple_query_string", Map.of(
                "query", text,
                "fields", WEIGHTED_FIELDS,
                "default_operator", "and",
                "flags", "AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE|ESCAPE"));
        Map<String, Object> visible = Map.of("terms", Map.of("audience", List.copyOf(AUDIENCES)));
        Map<String, Object> fields = new LinkedHashMap<>();
        HIGHLIGHTED_FIELDS.forEach(field -> fields.put(field, Map.of()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Map.of("bool", Map.of("must", List.of(words), "filter", List.of(visible))));
        body.put("from", 0);
        body.put("size", 10);
        body.put("track_total_hits", true);
        body.put("_source", Map.of("includes", List.of("id", "kind", "parent_id", "title")));
        body.put("highlight", Map.of(
                "pre_tags", List.of("<em>"),
                "post_tags", List.of("</em>"),
                "encoder", "html",
                "fragment_size", 120,
                "number_of_fragments", 3,
                "max_analyzed_offset", 1_000_000,
                "fields", fields));
        return body;
    }
}
