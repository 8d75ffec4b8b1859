package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.search.index.BulkIndexResult;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentSort;
import org.gongxue.search.index.SearchConnection;
import org.gongxue.search.index.SearchDocument;
import org.gongxue.search.index.SearchSettings;

/**
 * {@code GET /api/search?q=…} of the running platform, as a cadre, against a raw {@code _search}
 * of the request the platform's search sends to Elasticsearch for the same words, at the same
 * fixed rate, over the index the platform searches.
 *
 * <p>The library: {@code bench.search.courses} courses written by a teacher, published by the
 * locality's administrator and visible to the whole zone, all through the REST API; then the
 * poems as the materials of those courses (round robin), written into the platform's index
 * ({@code gongxue-content}) with the search module's {@link ContentIndex} — the platform's own
 * indexing code — rather than by 100,000 uploads. Their ids name no material in the database,
 * so the search's database look-up of the materials it found runs and finds none: the results
 * list the courses, as for a reader who may not open those materials.
 *
 * <p>The baseline request is caught from {@link org.gongxue.search.index.ContentSearcher} for the
 * query the platform's library search builds (words, the cadre's audiences, first page of 10
 * courses, grouped by course, six facets counted); before timing, every query must find the
 * same number of documents and the same courses both ways.
 */
final class ApiSearchBench {

    /** The library's facets as its search counts them (LibraryFacet in the web module). */
    private static final Set<String> FACETS = Set.of("topic", "ability", "locality", "lecturer", "materialType", "year");
    private static final int COURSES_PER_PAGE = 10;
    /** Far above any material the platform itself creates in a bench run. */
    private static final long FIRST_MATERIAL_ID = 1_000_000_000L;
    private static final List<String> TOPICS = List.of("XI_THOUGHT", "DELTA_INTEGRATION", "GRASSROOTS_GOVERNANCE",
            "INVESTMENT_AND_TALENT", "INDUSTRIAL_TRANSFORMATION", "BUSINESS_ENVIRONMENT", "ECO_GREEN",
            "SCIENCE_AND_INNOVATION");
    private static final List<String> ABILITIES = List.of("POLITICAL", "RESEARCH", "DECISION_MAKING", "REFORM",
            "EMERGENCY_RESPONSE", "MASS_WORK", "IMPLEMENTATION");
    /** HTTP Basic costs a password check (PBKDF2) per request: measured apart, at a rate 2 cores sustain. */
    private static final int BASIC_RATE = 2;
    private static final int BASIC_QUERIES = 40;

    private final BenchConfig config;
    private final SearchConnection connection;
    private final RawElasticsearch raw;
    private final List<SearchDocument> poems;

    ApiSearchBench(BenchConfig config, SearchConnection connection, RawElasticsearch raw, List<SearchDocument> poems) {
        this.config = config;
        this.connection = connection;
        this.raw = raw;
        this.poems = poems;
    }

    List<Comparison> run() throws IOException, InterruptedException {
        PlatformLibrary library = PlatformLibrary.open(config);
        List<CourseFacets> courses = publishCourses(library);
        indexPoemsAsMaterials(courses);

        PlatformClient cadre = PlatformLibrary.signIn(config, PlatformLibrary.CADRE);
        Set<String> audiences = Set.of("zone", "locality:" + PlatformLibrary.LOCALITY);
        List<String> texts = SearchBench.QUERIES;
        List<CapturedSearch> requests = new ArrayList<>();
        for (String text : texts) {
            requests.add(CapturedSearch.of(config.elasticsearchUrl(), SearchSettings.DEFAULT_INDEX, new ContentQuery(
                    text, audiences, 0, COURSES_PER_PAGE, Map.of(), FACETS, ContentSort.RELEVANCE, true)));
        }
        String equivalence = checkSameResults(cadre, texts, requests);

        FixedRate rate = new FixedRate(config.searchRatePerSecond());
        FixedRate.Request platform = i -> cadre.get(searchPath(texts.get(i % texts.size())));
        FixedRate.Request baseline = i -> raw.replay(requests.get(i % requests.size()));
        Samples platformLatencies = new Samples();
        Samples baselineLatencies = new Samples();
        rate.run(SearchBench.WARM_UP_QUERIES, platform, new Samples());
        rate.run(SearchBench.WARM_UP_QUERIES, baseline, new Samples());
        for (int round = 0; round < SearchBench.ROUNDS; round++) {
            boolean platformFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isPlatform = (turn == 0) == platformFirst;
                rate.run(config.searchQueriesPerRound(), isPlatform ? platform : baseline,
                        isPlatform ? platformLatencies : baselineLatencies);
            }
        }

        // The same words with HTTP Basic on every request, against the signed-in session, slowly.
        PlatformClient basic = PlatformClient.basic(config.platformUrl(), PlatformLibrary.CADRE,
                config.platformPassword());
        FixedRate slow = new FixedRate(BASIC_RATE);
        Samples sessionLatencies = new Samples();
        Samples basicLatencies = new Samples();
        slow.run(BASIC_QUERIES, i -> basic.get(searchPath(texts.get(i % texts.size()))), basicLatencies);
        slow.run(BASIC_QUERIES, platform, sessionLatencies);

        List<Comparison> costs = costOfEachPart(rate, requests, baselineLatencies);

        String name = "GET /api/search, " + poems.size() + " docs, " + config.searchRatePerSecond() + " q/s";
        String note = "cadre signed in (session cookie); baseline: raw _search of the request the platform's search"
                + " sends; " + platformLatencies.count() + " queries each; " + equivalence;
        String basicName = "GET /api/search, HTTP Basic per request, " + BASIC_RATE + " q/s";
        List<Comparison> rows = new ArrayList<>(List.of(
                new Comparison(name, "latency p50", Samples.millis(platformLatencies.median()),
                        Samples.millis(baselineLatencies.median()), "ms", false, note),
                new Comparison(name, "latency p95", Samples.millis(platformLatencies.percentile(95)),
                        Samples.millis(baselineLatencies.percentile(95)), "ms", false, "")
                        .withGoal(Goal.ratioAtMost(1.5)),
                Comparison.alone(name, "latency p95 (absolute)", Samples.millis(platformLatencies.percentile(95)),
                        "ms", "", Goal.valueBelow(100, "ms")),
                new Comparison(name, "latency max", Samples.millis(platformLatencies.max()),
                        Samples.millis(baselineLatencies.max()), "ms", false, ""),
                new Comparison(basicName, "latency p50", Samples.millis(basicLatencies.median()),
                        Samples.millis(sessionLatencies.median()), "ms", false,
                        "baseline here: the same cadre's session at the same rate; " + basicLatencies.count()
                                + " queries each; the difference is the password check of every Basic request"),
                new Comparison(basicName, "latency p95", Samples.millis(basicLatencies.percentile(95)),
                        Samples.millis(sessionLatencies.percentile(95)), "ms", false, "")));
        rows.addAll(costs);
        return rows;
    }

    /**
     * What each part of the request costs the node: the raw request again, at the same rate,
     * without one part at a time (and without all of them), against the whole request's latencies.
     */
    private List<Comparison> costOfEachPart(FixedRate rate, List<CapturedSearch> requests, Samples whole)
            throws IOException {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("without highlighting", List.of("highlight", "collapse.inner_hits.highlight"));
        variants.put("without the facet counts", List.of("aggregations"));
        variants.put("without grouping by course", List.of("collapse"));
        variants.put("without the cue and section clauses", List.of("query.bool.should"));
        variants.put("without all four", List.of("highlight", "aggregations", "collapse", "query.bool.should"));
        List<Comparison> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
            List<CapturedSearch> lighter = requests.stream().map(r -> r.without(variant.getValue())).toList();
            Samples latencies = new Samples();
            rate.run(config.searchQueriesPerRound(), i -> raw.replay(lighter.get(i % lighter.size())), latencies);
            String name = "raw _search " + variant.getKey() + " (what that part costs)";
            rows.add(new Comparison(name, "latency p50", Samples.millis(latencies.median()),
                    Samples.millis(whole.median()), "ms", false, "baseline here: the whole raw request above; "
                    + latencies.count() + " queries; removed: " + String.join(", ", variant.getValue())));
            rows.add(new Comparison(name, "latency p95", Samples.millis(latencies.percentile(95)),
                    Samples.millis(whole.percentile(95)), "ms", false, ""));
        }
        return rows;
    }

    private static String searchPath(String text) {
        return "/api/search?" + PlatformClient.query(Map.of("q", text));
    }

    /** Courses through the REST API: the teacher writes, the administrator publishes. */
    private List<CourseFacets> publishCourses(PlatformLibrary library) throws IOException {
        List<CourseFacets> courses = new ArrayList<>();
        for (int i = 0; i < config.searchCourses(); i++) {
            String topic = TOPICS.get(i % TOPICS.size());
            String ability = ABILITIES.get(i % ABILITIES.size());
            PlatformLibrary.Course course = library.draftCourse("古诗词中的治理智慧 第" + (i + 1) + "辑",
                    "以唐宋诗词为材料的干部人文素养课程。", topic, List.of(ability));
            library.publish(course);
            courses.add(new CourseFacets(course.id(), topic, ability));
        }
        System.out.printf("  published %d courses through the REST API%n", courses.size());
        return courses;
    }

    /** The poems as materials of the courses, written with the platform's indexing code. */
    private void indexPoemsAsMaterials(List<CourseFacets> courses) throws IOException, InterruptedException {
        ContentIndex index = new ContentIndex(connection.client(),
                new SearchSettings(config.elasticsearchUrl(), null, null, SearchSettings.DEFAULT_INDEX));
        Instant published = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<SearchDocument> batch = new ArrayList<>(config.batchSize());
        for (int i = 0; i < poems.size(); i++) {
            SearchDocument poem = poems.get(i);
            CourseFacets course = courses.get(i % courses.size());
            batch.add(new SearchDocument("material-" + (FIRST_MATERIAL_ID + i), "material", "course-" + course.id(),
                    poem.title(), poem.summary(), poem.body(), Set.of("zone"),
                    Map.of("topic", List.of(course.topic()), "ability", List.of(course.ability()),
                            "locality", List.of(PlatformLibrary.LOCALITY), "lecturer", List.of(poem.summary()),
                            "materialType", List.of("DOCUMENT"), "year", List.of("2026")),
                    published.minus(i % 1000, ChronoUnit.DAYS), (long) (i % 500)));
            if (batch.size() == config.batchSize() || i == poems.size() - 1) {
                BulkIndexResult result = index.index(batch);
                if (!result.failures().isEmpty()) {
                    throw new IllegalStateException("the node rejected documents: " + result.failures().get(0));
                }
                batch.clear();
            }
        }
        raw.settle(SearchSettings.DEFAULT_INDEX);
        System.out.printf("  indexed %,d poems into %s as materials of those courses%n", poems.size(),
                SearchSettings.DEFAULT_INDEX);
    }

    /**
     * Both must find the same: the same number of documents and the same courses on the first
     * page, for every query; otherwise the ratio compares different work.
     */
    private String checkSameResults(PlatformClient cadre, List<String> texts, List<CapturedSearch> requests)
            throws IOException {
        long matches = 0;
        for (int i = 0; i < texts.size(); i++) {
            JsonNode platform = cadre.get(searchPath(texts.get(i)));
            JsonNode baseline = raw.replay(requests.get(i));
            long platformMatches = platform.path("matches").asLong(-1);
            long baselineMatches = baseline.path("hits").path("total").path("value").asLong(-2);
            List<String> platformCourses = new ArrayList<>();
            platform.path("courses").forEach(course -> platformCourses.add("course-" + course.path("courseId").asLong()));
            List<String> baselineCourses = new ArrayList<>();
            baseline.path("hits").path("hits").forEach(hit -> {
                // A course's own document has no parent: it is its group.
                JsonNode source = hit.path("_source");
                String parent = source.path("parent_id").asText("");
                baselineCourses.add(parent.isEmpty() ? source.path("id").asText() : parent);
            });
            // The same courses; their order may differ where scores tie, as background merges
            // change the order in which the node meets equal hits.
            if (platformMatches != baselineMatches || !Set.copyOf(platformCourses).equals(Set.copyOf(baselineCourses))) {
                throw new IllegalStateException("query '" + texts.get(i) + "': the platform found " + platformMatches
                        + " documents in " + platformCourses + ", the raw request " + baselineMatches + " in "
                        + baselineCourses + " - the baseline does not ask what the platform asks");
            }
            matches += platformMatches;
        }
        return "same matches and courses for all " + texts.size() + " queries (" + matches + " matches in all)";
    }

    private record CourseFacets(long id, String topic, String ability) {
    }
}
