package org.gongxue.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What to run and against what, from -Dbench.* system properties (the pom passes them all). */
record BenchConfig(
        Set<String> only,
        int documents,
        int batchSize,
        int putMegabytes,
        int repetitions,
        int indexRepetitions,
        int searchRatePerSecond,
        int searchQueriesPerRound,
        int searchCourses,
        int pipelineDocuments,
        int streamMegabytes,
        int uploadMegabytes,
        int transferRepetitions,
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        URI elasticsearchUrl,
        String elasticsearchHeap,
        URI platformUrl,
        URI managementUrl,
        String managementUser,
        String managementPassword,
        String platformPassword,
        Path platformLog,
        Path tikaBin,
        Path dataDir,
        Path outputDir,
        Path failedMarker) {

    /** Every benchmark, in the order they run; the last five go through the running platform. */
    static final String ALL = "put,range,index,search,extract,pipeline,api-search,stream,upload,forum";

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                Arrays.stream(text("bench.only", ALL).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                number("bench.documents", 100_000),
                number("bench.batch", 500),
                number("bench.put-mb", 200),
                number("bench.repetitions", 5),
                number("bench.index.repetitions", 3),
                number("bench.search.rate", 10),
                number("bench.search.queries-per-round", 100),
                number("bench.search.courses", 200),
                number("bench.pipeline.documents", 2000),
                number("bench.stream-mb", 500),
                number("bench.upload-mb", 1024),
                number("bench.transfer.repetitions", 3),
                text("bench.s3.endpoint", "http://127.0.0.1:29000"),
                text("bench.s3.access-key", "gongxue-bench"),
                text("bench.s3.secret-key", "gongxue-bench-secret"),
                URI.create(text("bench.elasticsearch.url", "http://127.0.0.1:29200")),
                text("bench.elasticsearch.heap", "512m"),
                URI.create(text("bench.platform.url", "http://127.0.0.1:28180")),
                URI.create(text("bench.management.url", "http://127.0.0.1:29990")),
                text("bench.management.user", "gongxue-bench"),
                text("bench.management.password", "gongxue-bench-2026!"),
                text("bench.platform.password", "Gongxue2026"),
                Path.of(text("bench.platform.log", "target/bench-wildfly/log/server.log")),
                Path.of(text("bench.tika-bin", "target/tika-bin")),
                Path.of(text("bench.data", "target/data")),
                Path.of(text("bench.output", "target")),
                Path.of(text("bench.failed-marker", "target/bench-failed")));
    }

    boolean runs(String benchmark) {
        return only.contains(benchmark);
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(String name, int fallback) {
        String value = text(name, Integer.toString(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }
}
