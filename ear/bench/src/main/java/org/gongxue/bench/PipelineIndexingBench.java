package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongxue.search.index.SearchDocument;
import org.gongxue.search.index.SearchSettings;

/**
 * Indexing through the platform's own pipeline, against a raw {@code _bulk} of the very documents
 * it produced.
 *
 * <p>The poems go in as a teacher's documents: plain-text files uploaded one request each
 * ({@code POST /api/lectures/{id}/materials}) into draft courses of {@value #MATERIALS_PER_COURSE}
 * materials, processed by the platform (type from the bytes, Tika text in its child process, the
 * text stored beside the original). That part is timed and reported, but it is not indexing.
 * The timed indexing starts when the locality's administrator publishes the courses: each
 * publication queues a {@code COURSE_INDEX} event, and the outbox workers read the course from
 * the database and each material's stored text from the object store and write the course's
 * documents in bulk. It ends when the index holds all of them (polled every 50 ms).
 *
 * <p>The baseline then reads those documents back from the index and writes them with the
 * low-level client, in bulk requests of {@code bench.batch}, into a fresh index with the same
 * mapping: the same documents, the least work a client can do to index them.
 */
final class PipelineIndexingBench {

    static final int MATERIALS_PER_COURSE = 250;
    /** Two teachers' uploads at a time: about what two cores serve while processing goes on. */
    private static final int UPLOADERS = 2;
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(60);
    private static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(10);
    private static final String RAW_INDEX = "bench-pipeline-raw-v1";
    private static final String RAW_ALIAS = "bench-pipeline-raw";

    private final BenchConfig config;
    private final RawElasticsearch raw;
    private final List<SearchDocument> poems;

    PipelineIndexingBench(BenchConfig config, RawElasticsearch raw, List<SearchDocument> poems) {
        this.config = config;
        this.raw = raw;
        this.poems = poems.subList(0, Math.min(poems.size(), config.pipelineDocuments()));
    }

    List<Comparison> run() throws Exception {
        PlatformLibrary library = PlatformLibrary.open(config);
        List<PlatformLibrary.Course> courses = new ArrayList<>();
        for (int i = 0; i * MATERIALS_PER_COURSE < poems.size(); i++) {
            courses.add(library.draftCourse("唐宋诗词选读 第" + (i + 1) + "册", "诗词原文，供干部人文素养学习。",
                    "ECO_GREEN", List.of("RESEARCH")));
        }
        List<String> groups = courses.stream().map(course -> "course-" + course.id()).toList();

        long ingestStart = System.nanoTime();
        upload(library, courses);
        long uploaded = System.nanoTime() - ingestStart;
        System.out.printf("  uploaded %,d documents in %.1f s%n", poems.size(), uploaded / 1e9);
        library.awaitLecturesProcessed(courses.stream().map(PlatformLibrary.Course::lectureId).toList(),
                PROCESSING_TIMEOUT);
        long ingested = System.nanoTime() - ingestStart;
        System.out.printf("  processed after %.1f s%n", ingested / 1e9);
        if (raw.count(SearchSettings.DEFAULT_INDEX, "group_id", groups) != 0) {
            throw new IllegalStateException("draft courses have documents in the index");
        }

        long expected = poems.size() + courses.size();
        long indexStart = System.nanoTime();
        for (PlatformLibrary.Course course : courses) {
            library.publish(course);
        }
        long published = System.nanoTime() - indexStart;
        awaitIndexed(groups, expected, indexStart);
        long indexed = System.nanoTime() - indexStart;
        System.out.printf("  published in %.1f s, all %,d documents indexed after %.1f s%n", published / 1e9,
                expected, indexed / 1e9);

        Map<String, JsonNode> documents = raw.sources(SearchSettings.DEFAULT_INDEX, "group_id", groups);
        if (documents.size() != expected) {
            throw new IllegalStateException("read back " + documents.size() + " of " + expected + " documents");
        }
        long rawNanos = bulkRaw(documents);
        System.out.printf("  raw bulk of the same documents %.1f s%n", rawNanos / 1e9);

        String name = String.format("index %,d uploaded documents through the platform", expected);
        double platformRate = expected / (indexed / 1e9);
        double rawRate = expected / (rawNanos / 1e9);
        return List.of(
                new Comparison(name, "throughput, publish to searchable", platformRate, rawRate, "docs/s", true,
                        courses.size() + " courses published by the administrator; COURSE_INDEX by the outbox workers"
                                + " (database, stored text from S3, bulk per course); baseline: the same documents"
                                + " read back, low-level _bulk in batches of " + config.batchSize()
                                + " into a fresh index; one round each", Goal.ratioAtLeast(0.7)),
                Comparison.alone(name, "upload then processing (Tika), not indexing", poems.size() / (ingested / 1e9),
                        "docs/s", String.format("%d uploaders, one request per file; uploads alone %.0f docs/s",
                                UPLOADERS, poems.size() / (uploaded / 1e9)), null));
    }

    private void upload(PlatformLibrary library, List<PlatformLibrary.Course> courses) throws IOException {
        AtomicInteger next = new AtomicInteger();
        PlatformLibrary.inParallel(() -> {
            for (int i = next.getAndIncrement(); i < poems.size(); i = next.getAndIncrement()) {
                SearchDocument poem = poems.get(i);
                String text = poem.title() + "\n" + poem.summary() + "\n\n" + poem.body() + "\n";
                library.uploadWhole(courses.get(i / MATERIALS_PER_COURSE).lectureId(), "DOCUMENT",
                        String.format("poem-%06d.txt", i), text.getBytes(StandardCharsets.UTF_8));
            }
            return null;
        }, UPLOADERS);
    }

    private void awaitIndexed(List<String> groups, long expected, long since) throws IOException, InterruptedException {
        while (raw.count(SearchSettings.DEFAULT_INDEX, "group_id", groups) < expected) {
            if (System.nanoTime() - since > INDEXING_TIMEOUT.toNanos()) {
                List<String> missing = new ArrayList<>();
                for (String group : groups) {
                    if (raw.count(SearchSettings.DEFAULT_INDEX, "group_id", List.of(group)) == 0) {
                        missing.add(group);
                    }
                }
                throw new IOException("the platform had not indexed " + expected + " documents after " + INDEXING_TIMEOUT
                        + "; published courses with nothing in the index: " + missing + "; see " + config.platformLog());
            }
            Thread.sleep(50);
        }
    }

    /** The documents in bulk requests of bench.batch into a fresh index; returns the nanoseconds the requests took. */
    private long bulkRaw(Map<String, JsonNode> documents) throws IOException {
        raw.deleteIndexIfExists(RAW_INDEX);
        raw.createIndex(RAW_INDEX, RAW_ALIAS);
        try {
            List<Map.Entry<String, JsonNode>> all = new ArrayList<>(documents.entrySet());
            long start = System.nanoTime();
            for (int from = 0; from < all.size(); from += config.batchSize()) {
                Map<String, JsonNode> batch = new LinkedHashMap<>();
                all.subList(from, Math.min(all.size(), from + config.batchSize()))
                        .forEach(e -> batch.put(e.getKey(), e.getValue()));
                int rejected = raw.bulkIndexSources(RAW_ALIAS, batch);
                if (rejected > 0) {
                    throw new IllegalStateException("the node rejected " + rejected + " documents");
                }
            }
            return System.nanoTime() - start;
        } finally {
            raw.deleteIndexIfExists(RAW_INDEX);
        }
    }
}
