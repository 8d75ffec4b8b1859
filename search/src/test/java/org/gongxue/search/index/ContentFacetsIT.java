package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facet counts and filters, and the orders other than relevance, against the real node. */
class ContentFacetsIT {

    private static final String ZONE = "zone";
    private static final String JIASHAN = "locality:jiashan";
    /** Sees the zone's documents only: course-hidden (Jiashan's own) must change no count. */
    private static final Set<String> ZONE_READER = Set.of(ZONE, "locality:qingpu");
    private static final List<String> COUNTED = List.of("topic", "locality", "lecturer");

    private static TestNode node;
    private static ContentSearcher searcher;

    @BeforeAll
    static void indexDocuments() throws IOException {
        node = TestNode.withFreshAlias("it-facets");
        node.index.ensureCreated();
        searcher = new ContentSearcher(node.connection.client(), node.settings);
        BulkIndexResult result = node.index.index(List.of(
                document("course-1", "长三角生态绿色一体化干部培训", ZONE, "长三角一体化", "青浦", List.of("王建国"),
                        "2024-03-01T00:00:00Z", 50L),
                document("course-2", "营商环境优化专题讲座", ZONE, "营商环境", "嘉善", List.of("李明"),
                        "2023-05-01T00:00:00Z", 300L),
                document("course-3", "长三角协同创新干部培训", ZONE, "长三角一体化", "吴江", List.of("王建国", "李明"),
                        "2025-01-10T00:00:00Z", 10L),
                document("lecture-1", "长三角一体化讲义", ZONE, "长三角一体化", "青浦", List.of("王建国"), null, null),
                // Newest, most watched and in every facet: had it leaked anywhere, a test below would see it.
                document("course-hidden", "长三角基层治理案例", JIASHAN, "长三角一体化", "嘉善", List.of("王小红"),
                        "2025-06-01T00:00:00Z", 999L)));
        assertThat(result.failures()).isEmpty();
        node.index.refresh();
    }

    @AfterAll
    static void dropIndex() throws IOException {
        node.close();
    }

    @Test
    void countsEachFacetOverEveryVisibleMatchMostFrequentFirst() throws IOException {
        ContentResults results = searcher.search(query("").counting(COUNTED));

        assertThat(results.total()).isEqualTo(4);
        assertThat(results.facets().get("topic")).containsExactly(count("长三角一体化", 3), count("营商环境", 1));
        // Ties are ordered by value: 吴 (U+5434) before 嘉 (U+5609).
        assertThat(results.facets().get("locality"))
                .containsExactly(count("青浦", 2), count("吴江", 1), count("嘉善", 1));
        assertThat(results.facets().get("lecturer")).containsExactly(count("王建国", 3), count("李明", 2));
    }

    @Test
    void countsWhatTheOtherReaderMaySeeOnlyForThatReader() throws IOException {
        ContentResults jiashan = searcher.search(new ContentQuery("", Set.of(ZONE, JIASHAN), 0, 10).counting(COUNTED));

        assertThat(jiashan.facets().get("lecturer")).contains(count("王小红", 1));
        assertThat(jiashan.facets().get("locality")).startsWith(count("嘉善", 2));
    }

    @Test
    void countsOnlyWhatMatchesTheWords() throws IOException {
        ContentResults results = searcher.search(query("营商").counting(COUNTED));

        assertThat(results.facets().get("topic")).containsExactly(count("营商环境", 1));
        assertThat(results.facets().get("lecturer")).containsExactly(count("李明", 1));
    }

    @Test
    void aSelectionNarrowsTheHitsAndTheOtherFacetsButNotItsOwn() throws IOException {
        ContentResults results = searcher.search(query("").selecting("locality", List.of("青浦")).counting(COUNTED));

        assertThat(results.hits()).extracting(ContentHit::id).containsExactlyInAnyOrder("course-1", "lecture-1");
        assertThat(results.total()).isEqualTo(2);
        // Multi-select: the locality counts still say what choosing another locality would give.
        assertThat(results.facets().get("locality"))
                .containsExactly(count("青浦", 2), count("吴江", 1), count("嘉善", 1));
        assertThat(results.facets().get("topic")).containsExactly(count("长三角一体化", 2));
        assertThat(results.facets().get("lecturer")).containsExactly(count("王建国", 2));
    }

    @Test
    void valuesOfOneFacetAreOrAndFacetsAreAnd() throws IOException {
        ContentQuery twoLocalities = query("").selecting("locality", List.of("青浦", "吴江")).counting(COUNTED);
        assertThat(searcher.search(twoLocalities).hits()).extracting(ContentHit::id)
                .containsExactlyInAnyOrder("course-1", "course-3", "lecture-1");

        ContentResults andLecturer = searcher.search(twoLocalities.selecting("lecturer", List.of("李明")));
        assertThat(andLecturer.hits()).extracting(ContentHit::id).containsExactly("course-3");
        assertThat(andLecturer.facets().get("locality")).containsExactly(count("吴江", 1), count("嘉善", 1));
        assertThat(andLecturer.facets().get("lecturer")).containsExactly(count("王建国", 3), count("李明", 1));
    }

    @Test
    void findsDocumentsByTheirLecturersName() throws IOException {
        assertThat(searcher.search(query("王建国")).hits()).extracting(ContentHit::id)
                .containsExactlyInAnyOrder("course-1", "course-3", "lecture-1");
        // The lecturer and a word of the title together narrow it down.
        assertThat(searcher.search(query("李明 营商")).hits()).extracting(ContentHit::id).containsExactly("course-2");
        // A lecturer of a document the reader may not see finds nothing.
        assertThat(searcher.search(query("王小红")).total()).isZero();
    }

    @Test
    void sortsNewestFirstWithUndatedDocumentsLast() throws IOException {
        ContentResults results = searcher.search(query("").sortedBy(ContentSort.NEWEST));

        assertThat(results.hits()).extracting(ContentHit::id)
                .containsExactly("course-3", "course-1", "course-2", "lecture-1");
    }

    @Test
    void sortsMostWatchedFirst() throws IOException {
        ContentResults results = searcher.search(query("长三角").sortedBy(ContentSort.MOST_WATCHED));

        assertThat(results.hits()).extracting(ContentHit::id).containsExactly("course-1", "course-3", "lecture-1");
        assertThat(searcher.search(query("").sortedBy(ContentSort.MOST_WATCHED)).hits().get(0).id())
                .isEqualTo("course-2");
    }

    @Test
    void groupsMatchesByTheirCourse() throws IOException {
        ContentResults results = searcher.search(query("长三角").groupingByParent().counting(COUNTED));

        assertThat(results.total()).isEqualTo(3);
        assertThat(results.groups()).isEqualTo(2);
        assertThat(results.hits()).extracting(ContentHit::groupId).containsExactlyInAnyOrder("course-1", "course-3");
        ContentHit course1 = results.hits().stream().filter(h -> h.groupId().equals("course-1")).findFirst().orElseThrow();
        assertThat(course1.sameGroup()).singleElement().satisfies(more -> {
            assertThat(List.of(course1.id(), more.id())).containsExactlyInAnyOrder("course-1", "lecture-1");
            assertThat(more.snippets().get("title")).singleElement().asString().contains("<em>长三角</em>");
        });
        // Facets still count documents, not groups.
        assertThat(results.facets().get("topic")).containsExactly(count("长三角一体化", 3));
    }

    @Test
    void pagesThroughGroupsInTheChosenOrder() throws IOException {
        ContentQuery newest = new ContentQuery("", ZONE_READER, 0, 2).sortedBy(ContentSort.NEWEST).groupingByParent();

        ContentResults first = searcher.search(newest);
        ContentResults second = searcher.search(new ContentQuery("", ZONE_READER, 1, 2).sortedBy(ContentSort.NEWEST)
                .groupingByParent());

        assertThat(first.groups()).isEqualTo(3);
        assertThat(first.hits()).extracting(ContentHit::id).containsExactly("course-3", "course-1");
        assertThat(first.hits().get(1).sameGroup()).extracting(ContentHit::id).containsExactly("lecture-1");
        assertThat(second.hits()).extracting(ContentHit::id).containsExactly("course-2");
        assertThat(searcher.search(query("")).groups()).isEqualTo(4);
    }

    @Test
    void countsAFacetNoDocumentHasAsEmptyAndSelectingItFindsNothing() throws IOException {
        ContentResults counted = searcher.search(query("").counting(List.of("nosuchfacet")));
        assertThat(counted.facets()).containsEntry("nosuchfacet", List.of());

        assertThat(searcher.search(query("").selecting("nosuchfacet", List.of("x"))).total()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "长三角*", "a:b", "\\", "😀🎉", "((", "\u0000", "{\"terms\":1}"})
    void neverFailsOnOddFacetValues(String value) {
        assertThatCode(() -> searcher.search(query(value).selecting("topic", List.of(value)).counting(COUNTED)))
                .doesNotThrowAnyException();
    }

    @Test
    void neverFailsOnVeryLongOrBlankFacetValues() throws IOException {
        ContentQuery query = query("").selecting("topic", Arrays.asList("长".repeat(100_000), " ", null));

        assertThat(query.selectedFacets().get("topic")).singleElement().asString().hasSize(FacetInput.MAX_VALUE_LENGTH);
        assertThat(searcher.search(query).total()).isZero();
        // Only blank values: no selection at all.
        assertThat(searcher.search(query("").selecting("topic", List.of(" "))).total()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "facets.topic", "*", "to pic", "topic*", "a.b", "a]", "x>y",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm"})
    void refusesFacetNamesThatAreNotOneField(String name) {
        assertThatThrownBy(() -> query("").counting(List.of(name)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facet name");
        assertThatThrownBy(() -> query("").selecting(name, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facet name");
    }

    private static ContentQuery query(String text) {
        return ContentQuery.firstPage(text, ZONE_READER);
    }

    private static FacetCount count(String value, long count) {
        return new FacetCount(value, count);
    }

    private static SearchDocument document(String id, String title, String audience, String topic, String locality,
            List<String> lecturers, String publishedAt, Long views) {
        boolean lecture = id.startsWith("lecture");
        return new SearchDocument(id, lecture ? "lecture" : "course", lecture ? "course-1" : null, title, null, null,
                Set.of(audience), Map.of("topic", List.of(topic), "locality", List.of(locality), "lecturer", lecturers),
                publishedAt == null ? null : Instant.parse(publishedAt), views);
    }
}
