package org.gongxue.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.search.index.BulkIndexResult;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.SearchConnection;
import org.gongxue.search.index.SearchDocument;
import org.gongxue.search.index.SearchSettings;

/**
 * ContentIndex.index in bulk batches against a raw _bulk of the same documents through the
 * low-level client. Each repetition fills a fresh index for each contender (inserts, never
 * updates), one bulk request in flight, as an import or a rebuild would.
 */
final class IndexingBench {

    private static final int WARM_UP_DOCUMENTS = 20_000;

    private final BenchConfig config;
    private final SearchConnection connection;
    private final RawElasticsearch raw;
    private final List<SearchDocument> documents;

    IndexingBench(BenchConfig config, SearchConnection connection, RawElasticsearch raw,
                  List<SearchDocument> documents) {
        this.config = config;
        this.connection = connection;
        this.raw = raw;
        this.documents = documents;
    }

    List<Comparison> run() throws IOException {
        Samples platformDocsPerSecond = new Samples();
        Samples baselineDocsPerSecond = new Samples();
        Samples platformCpu = new Samples();
        Samples baselineCpu = new Samples();
        // A warm-up round each of up to 20,000 documents: with 2,000 the node's JIT was still
        // warming up and the first measured rounds ran a third slower than the last.
        List<SearchDocument> warmUp = documents.subList(0, Math.min(documents.size(), WARM_UP_DOCUMENTS));
        indexWithPlatform("bench-warmup-platform", warmUp);
        indexRaw("bench-warmup-raw", warmUp);
        for (int round = 0; round < config.indexRepetitions(); round++) {
            boolean platformFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean platform = (turn == 0) == platformFirst;
                long cpuBefore = ProcessCpu.nanos();
                long nanos = platform
                        ? indexWithPlatform("bench-platform-" + round, documents)
                        : indexRaw("bench-raw-" + round, documents);
                double docsPerSecond = documents.size() / (nanos / 1e9);
                // Index creation and deletion are in this CPU figure too; they are the same for both.
                (platform ? platformCpu : baselineCpu).add((ProcessCpu.nanos() - cpuBefore) * 1000 / documents.size());
                (platform ? platformDocsPerSecond : baselineDocsPerSecond).add(Math.round(docsPerSecond));
                System.out.printf("  index round %d %-8s %,8.0f docs/s%n", round, platform ? "platform" : "baseline",
                        docsPerSecond);
            }
        }
        String name = "bulk index " + documents.size() + " poems, batches of " + config.batchSize();
        List<Comparison> rows = new ArrayList<>();
        rows.add(new Comparison(name, "throughput, median of " + config.indexRepetitions(),
                platformDocsPerSecond.median(), baselineDocsPerSecond.median(), "docs/s", true,
                "platform: ContentIndex.index (the platform's indexing code); baseline: low-level RestClient _bulk,"
                        + " NDJSON from plain maps", Goal.ratioAtLeast(0.7)));
        rows.add(new Comparison(name, "throughput, worst of " + config.indexRepetitions(),
                platformDocsPerSecond.min(), baselineDocsPerSecond.min(), "docs/s", true, ""));
        rows.add(new Comparison(name, "bench JVM CPU per 1000 docs, median", Samples.millis(platformCpu.median()),
                Samples.millis(baselineCpu.median()), "ms", false,
                "client-side CPU (all threads of the bench JVM): on 2 cores it is taken from Elasticsearch"));
        return rows;
    }

    /** Fills a fresh index through ContentIndex; returns the nanoseconds the bulk requests took. */
    private long indexWithPlatform(String alias, List<SearchDocument> docs) throws IOException {
        ContentIndex index = new ContentIndex(connection.client(), settings(alias));
        raw.deleteIndexIfExists(index.versionedName());
        index.ensureCreated();
        try {
            long start = System.nanoTime();
            for (List<SearchDocument> batch : batches(docs)) {
                BulkIndexResult result = index.index(batch);
                if (!result.failures().isEmpty()) {
                    throw new IllegalStateException("the node rejected documents: " + result.failures().get(0));
                }
            }
            return System.nanoTime() - start;
        } finally {
            raw.deleteIndexIfExists(index.versionedName());
        }
    }

    private long indexRaw(String alias, List<SearchDocument> docs) throws IOException {
        String concrete = alias + "-v1";
        raw.deleteIndexIfExists(concrete);
        raw.createIndex(concrete, alias);
        try {
            long start = System.nanoTime();
            for (List<SearchDocument> batch : batches(docs)) {
                int rejected = raw.bulkIndex(alias, batch);
                if (rejected > 0) {
                    throw new IllegalStateException("the node rejected " + rejected + " documents");
                }
            }
            return System.nanoTime() - start;
        } finally {
            raw.deleteIndexIfExists(concrete);
        }
    }

    private List<List<SearchDocument>> batches(List<SearchDocument> docs) {
        List<List<SearchDocument>> batches = new ArrayList<>();
        for (int from = 0; from < docs.size(); from += config.batchSize()) {
            batches.add(docs.subList(from, Math.min(docs.size(), from + config.batchSize())));
        }
        return batches;
    }

    static SearchSettings settings(URI url, String alias) {
        return new SearchSettings(url, null, null, alias);
    }

    private SearchSettings settings(String alias) {
        return settings(config.elasticsearchUrl(), alias);
    }
}
