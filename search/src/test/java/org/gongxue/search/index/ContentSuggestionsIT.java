package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Suggestions as one types, against the real node. */
class ContentSuggestionsIT {

    private static final String ZONE = "zone";
    private static final String JIASHAN = "locality:jiashan";
    private static final Set<String> ZONE_READER = Set.of(ZONE);
    private static final Set<String> COURSES = Set.of("course");

    private static TestNode node;
    private static ContentSuggester suggester;

    @BeforeAll
    static void indexDocuments() throws IOException {
        node = TestNode.withFreshAlias("it-suggest");
        node.index.ensureCreated();
        suggester = new ContentSuggester(node.connection.client(), node.settings);
        BulkIndexResult result = node.index.index(List.of(
                course("course-1", "长三角生态绿色一体化发展示范区干部教育培训", ZONE, "王建国"),
                // The same title twice (a course run again): suggested once.
                course("course-1b", "长三角生态绿色一体化发展示范区干部教育培训", ZONE, "王建国"),
                course("course-2", "長三角一體化發展的歷史", ZONE, "王芳"),
                course("course-3", "营商环境优化专题讲座", ZONE, "李明"),
                course("course-hidden", "长三角基层治理案例", JIASHAN, "王小红"),
                new SearchDocument("material-1", "material", "course-1", "长三角讲义.pdf", null, null, Set.of(ZONE),
                        Map.of("lecturer", List.of("王建国", "Wang Lei")))));
        assertThat(result.failures()).isEmpty();
        node.index.refresh();
    }

    @AfterAll
    static void dropIndex() throws IOException {
        node.close();
    }

    @Test
    void suggestsVisibleCourseTitlesForAChinesePrefixOnceEach() throws IOException {
        Suggestions suggestions = suggest("长三", ZONE_READER, 10);

        assertThat(suggestions.titles())
                .containsExactlyInAnyOrder("长三角生态绿色一体化发展示范区干部教育培训", "長三角一體化發展的歷史");
        // A literal prefix of the title ranks before a match of folded characters.
        assertThat(suggestions.titles().get(0)).isEqualTo("长三角生态绿色一体化发展示范区干部教育培训");
    }

    @Test
    void suggestsTitlesHoldingTheWordsAnywhere() throws IOException {
        assertThat(suggest("一体化", ZONE_READER, 10).titles())
                .containsExactlyInAnyOrder("长三角生态绿色一体化发展示范区干部教育培训", "長三角一體化發展的歷史");
        assertThat(suggest("营", ZONE_READER, 10).titles()).containsExactly("营商环境优化专题讲座");
    }

    @Test
    void suggestsLecturersByTheStartOfTheirName() throws IOException {
        assertThat(suggest("王", ZONE_READER, 10).lecturers()).containsExactly("王建国", "王芳");
        assertThat(suggest("李", ZONE_READER, 10).lecturers()).containsExactly("李明");
        assertThat(suggest("wang", ZONE_READER, 10).lecturers()).containsExactly("Wang Lei");
    }

    @Test
    void suggestsNothingTheReaderMayNotSee() throws IOException {
        assertThat(suggest("长三角基层", ZONE_READER, 10).titles()).isEmpty();
        assertThat(suggest("王小", ZONE_READER, 10).lecturers()).isEmpty();
        assertThat(suggest("王小", Set.of(JIASHAN), 10).lecturers()).containsExactly("王小红");
        assertThat(suggest("长三", Set.of(), 10)).isEqualTo(Suggestions.NONE);
    }

    @Test
    void returnsAtMostTheLimit() throws IOException {
        Suggestions suggestions = suggest("长三", ZONE_READER, 1);

        assertThat(suggestions.titles()).containsExactly("长三角生态绿色一体化发展示范区干部教育培训");
        assertThat(suggest("王", ZONE_READER, 1).lecturers()).hasSize(1);
    }

    @Test
    void suggestsTitlesOfAllKindsWhenNoneIsNamed() throws IOException {
        assertThat(suggester.suggest(new SuggestionQuery("长三角讲", ZONE_READER, Set.of(), 10)).titles())
                .contains("长三角讲义.pdf");
        assertThat(suggest("长三角讲", ZONE_READER, 10).titles()).doesNotContain("长三角讲义.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "长三*", "a:b", "\\", "😀🎉", "((", "\u0000", "/[a-z]+/", "  ", "~"})
    void neverFailsOnOddInput(String typed) {
        assertThatCode(() -> suggest(typed, ZONE_READER, 5)).doesNotThrowAnyException();
    }

    @Test
    void cutsVeryLongInputAndRefusesSillyLimits() throws IOException {
        assertThat(suggest("长".repeat(100_000), ZONE_READER, 5).titles()).isEmpty();
        assertThatThrownBy(() -> new SuggestionQuery("长", ZONE_READER, COURSES, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SuggestionQuery("长", ZONE_READER, COURSES, SuggestionQuery.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Suggestions suggest(String typed, Set<String> audiences, int limit) throws IOException {
        return suggester.suggest(new SuggestionQuery(typed, audiences, COURSES, limit));
    }

    private static SearchDocument course(String id, String title, String audience, String lecturer) {
        return new SearchDocument(id, "course", null, title, null, null, Set.of(audience),
                Map.of("lecturer", List.of(lecturer)));
    }
}
