package org.gongxue.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongxue.search.index.SearchConnection;
import org.gongxue.search.index.SearchDocument;

/**
 * Runs the benchmarks against the servers the build started — the foundation libraries' calls,
 * then the running platform over HTTP — each against its baseline in the same run, and writes
 * target/bench-results.{md,json}.
 *
 * <p>A failing benchmark does not stop the others, and the JVM still exits normally: the build
 * must reach post-integration-test to stop the servers. The failure is written to a marker file
 * that the verify phase turns into a failed build.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        Files.deleteIfExists(config.failedMarker());
        Map<String, String> machine = Machine.describe();
        System.out.println("== Gongxue benchmarks ==");
        machine.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        Report report = new Report(machine, settingsOf(config));

        if (config.runs("put") || config.runs("range")) {
            try (ObjectStoreFixture s3 = new ObjectStoreFixture(config)) {
                if (config.runs("put")) {
                    run(report, "put", () -> new ObjectPutBench(config, s3).run());
                }
                if (config.runs("range")) {
                    run(report, "range", () -> new RangedReadBench(config, s3).run());
                }
            }
        }
        if (config.runs("index") || config.runs("search") || config.runs("extract") || config.runs("pipeline")
                || config.runs("api-search")) {
            List<SearchDocument> poems = PoetryCorpus.load(config.dataDir(), config.documents());
            System.out.printf("loaded %,d poems of %s%n", poems.size(), PoetryCorpus.PACKAGE);
            try (SearchConnection connection = SearchConnection.open(
                         IndexingBench.settings(config.elasticsearchUrl(), "bench"));
                 RawElasticsearch raw = new RawElasticsearch(config.elasticsearchUrl())) {
                if (config.runs("index")) {
                    run(report, "index", () -> new IndexingBench(config, connection, raw, poems).run());
                }
                if (config.runs("search")) {
                    run(report, "search", () -> new SearchBench(config, connection, raw, poems).run());
                }
                if (config.runs("extract")) {
                    run(report, "extract", () -> new ExtractionBench(config, poems).run());
                }
                // Through the running platform from here on.
                if (config.runs("pipeline")) {
                    run(report, "pipeline", () -> new PipelineIndexingBench(config, raw, poems).run());
                }
                if (config.runs("api-search")) {
                    run(report, "api-search", () -> new ApiSearchBench(config, connection, raw, poems).run());
                }
            }
        }
        if (config.runs("stream")) {
            run(report, "stream", () -> new StreamingBench(config).run());
        }
        if (config.runs("upload")) {
            run(report, "upload", () -> new UploadBench(config).run());
        }
        if (config.runs("forum")) {
            run(report, "forum", () -> new ForumBench(config).run());
        }

        String loadAtEnd = Machine.loadAverage();
        String otherJvmsAtEnd = Machine.otherJvms();
        System.out.println();
        System.out.print(report.table());
        System.out.println("(ratio = platform ÷ baseline; load average at end " + loadAtEnd + ")");
        report.write(config.outputDir(), loadAtEnd, otherJvmsAtEnd);
        System.out.println("written: " + config.outputDir().resolve("bench-results.md") + " and .json");
        if (report.failed()) {
            Files.writeString(config.failedMarker(), "benchmarks failed:\n" + String.join("\n", report.failures())
                    + "\n", StandardCharsets.UTF_8);
        }
        // The clients' thread pools (OkHttp, Tika) would otherwise keep the JVM alive a while.
        System.exit(0);
    }

    private static void run(Report report, String benchmark, Benchmark body) {
        System.out.println("-- " + benchmark);
        long start = System.nanoTime();
        try {
            report.add(benchmark, body.run(), System.nanoTime() - start);
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            System.out.println("benchmark " + benchmark + " FAILED:\n" + trace);
            report.fail(benchmark, e);
        }
    }

    private static Map<String, Object> settingsOf(BenchConfig config) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("only", String.join(",", config.only().stream().sorted().toList()));
        settings.put("documents", config.documents());
        settings.put("batch", config.batchSize());
        settings.put("put-mb", config.putMegabytes());
        settings.put("repetitions", config.repetitions());
        settings.put("index.repetitions", config.indexRepetitions());
        settings.put("search.rate", config.searchRatePerSecond());
        settings.put("search.queries-per-round", config.searchQueriesPerRound());
        settings.put("search.courses", config.searchCourses());
        settings.put("pipeline.documents", config.pipelineDocuments());
        settings.put("stream-mb", config.streamMegabytes());
        settings.put("upload-mb", config.uploadMegabytes());
        settings.put("transfer.repetitions", config.transferRepetitions());
        settings.put("elasticsearch.heap", config.elasticsearchHeap());
        return settings;
    }

    @FunctionalInterface
    private interface Benchmark {
        List<Comparison> run() throws Exception;
    }
}
