package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentResults;
import org.gongxue.search.index.ContentSearcher;
import org.gongxue.search.index.SearchConnection;
import org.gongxue.search.index.SearchDocument;

/**
 * ContentSearcher.search against a raw _search of the very request it sends (caught on its way
 * out, see {@link CapturedSearch}) through the low-level client, both at the same fixed request
 * rate over the same index and queries (open loop, see {@link FixedRate}).
 */
final class SearchBench {

    private static final String ALIAS = "bench-search";
    private static final Set<String> AUDIENCES = Set.of(PoetryCorpus.AUDIENCE);
    /** Simplified characters on purpose: the index folds the poems' traditional text. */
    static final List<String> QUERIES = List.of(
            "明月", "春风", "故乡", "长安", "江南", "黄河", "秋雨", "白云", "桃花", "将军",
            "思念 故人", "落花 流水", "山水", "边塞", "归来", "孤舟", "西湖", "梅花 雪", "天下", "\"明月光\"",
            "杨柳 -春风", "离别 | 送别", "青山 白发", "酒");
    static final int WARM_UP_QUERIES = 2 * 24;
    static final int ROUNDS = 3;

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

    List<Comparison> run() throws IOException, InterruptedException {
        ContentIndex index = new ContentIndex(connection.client(), IndexingBench.settings(config.elasticsearchUrl(), ALIAS));
        raw.deleteIndexIfExists(index.versionedName());
        index.ensureCreated();
        try {
            for (int from = 0; from < documents.size(); from += config.batchSize()) {
                index.index(documents.subList(from, Math.min(documents.size(), from + config.batchSize())));
            }
            raw.settle(ALIAS);
            ContentSearcher searcher = new ContentSearcher(connection.client(),
                    IndexingBench.settings(config.elasticsearchUrl(), ALIAS));
            List<ContentQuery> queries = QUERIES.stream().map(q -> ContentQuery.firstPage(q, AUDIENCES)).toList();
            List<CapturedSearch> requests = new ArrayList<>();
            for (ContentQuery query : queries) {
                requests.add(CapturedSearch.of(config.elasticsearchUrl(), ALIAS, query));
            }
            String equivalence = checkSameTotals(searcher, queries, requests);

            FixedRate rate = new FixedRate(config.searchRatePerSecond());
            FixedRate.Request platform = i -> searcher.search(queries.get(i % queries.size()));
            FixedRate.Request baseline = i -> raw.replay(requests.get(i % requests.size()));
            Samples platformLatencies = new Samples();
            Samples baselineLatencies = new Samples();
            rate.run(WARM_UP_QUERIES, platform, new Samples());
            rate.run(WARM_UP_QUERIES, baseline, new Samples());
            for (int round = 0; round < ROUNDS; round++) {
                boolean platformFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isPlatform = (turn == 0) == platformFirst;
                    rate.run(config.searchQueriesPerRound(), isPlatform ? platform : baseline,
                            isPlatform ? platformLatencies : baselineLatencies);
                }
            }
            String name = "search " + documents.size() + " poems at " + config.searchRatePerSecond() + " q/s";
            String note = "baseline: low-level RestClient _search of the request ContentSearcher sends; "
                    + platformLatencies.count() + " queries each; " + equivalence;
            return List.of(
                    new Comparison(name, "latency p50", Samples.millis(platformLatencies.median()),
                            Samples.millis(baselineLatencies.median()), "ms", false, note),
                    new Comparison(name, "latency p95", Samples.millis(platformLatencies.percentile(95)),
                            Samples.millis(baselineLatencies.percentile(95)), "ms", false, ""),
                    new Comparison(name, "latency max", Samples.millis(platformLatencies.max()),
                            Samples.millis(baselineLatencies.max()), "ms", false, ""));
        } finally {
            raw.deleteIndexIfExists(index.versionedName());
        }
    }

    /** Both ask the same: the same number of hits for every query, or the ratio means nothing. */
    private String checkSameTotals(ContentSearcher searcher, List<ContentQuery> queries, List<CapturedSearch> requests)
            throws IOException {
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            ContentResults platform = searcher.search(queries.get(i));
            JsonNode baseline = raw.replay(requests.get(i));
            long baselineTotal = baseline.path("hits").path("total").path("value").asLong(-1);
            if (platform.total() != baselineTotal) {
                throw new IllegalStateException("query '" + queries.get(i).text() + "': platform found "
                        + platform.total() + ", the replayed request " + baselineTotal);
            }
            hits += platform.total();
        }
        return "same totals for all " + queries.size() + " queries (" + hits + " hits in all)";
    }
}
