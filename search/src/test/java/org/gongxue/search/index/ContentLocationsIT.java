package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.search.extraction.Section;
import org.gongxue.search.subtitles.Cue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hits inside subtitles and pages: the second to jump to and the page to name, against the real node. */
class ContentLocationsIT {

    private static final String ZONE = "zone";
    private static final Set<String> READER = Set.of(ZONE);

    private static TestNode node;
    private static ContentSearcher searcher;

    @BeforeAll
    static void indexDocuments() throws IOException {
        node = TestNode.holding("it-locations", List.of(
                material("video-1", "course-1", "第一讲 视频", null).withCues(List.of(
                        new Cue(0, 4_000, "各位学员大家好"),
                        new Cue(65_400, 69_000, "今天我们讲营商环境优化"),
                        new Cue(130_000, 134_000, "長三角生態綠色一體化發展示範區"),
                        new Cue(200_000, 203_000, "<b>重点</b>是基层治理"))),
                material("slides-1", "course-1", "第一讲 课件", "讲者备注").withSections(List.of(
                        new Section(1, "课程目录"),
                        new Section(2, "嘉善县的营商环境实践"),
                        new Section(4, "基层治理创新案例：" + "乡村振兴".repeat(100) + "。最后一句讲营商环境"))),
                material("notes-1", "course-2", "营商环境讲义", "全文没有页码的营商环境讲义"),
                material("video-2", "course-2", "第二讲 视频", null).withCues(List.of(
                        new Cue(10_000, 12_000, "两区一县"),
                        new Cue(20_000, 22_000, "共同培训干部")))));
        searcher = new ContentSearcher(node.connection.client(), node.settings);
    }

    @AfterAll
    static void dropIndex() throws IOException {
        node.close();
    }

    @Test
    void aHitInSubtitlesSaysTheSecondToJumpToAndShowsTheCue() throws IOException {
        ContentHit video = hit(search("营商环境"), "video-1");

        assertThat(video.cues()).first().satisfies(cue -> {
            assertThat(cue.startSecond()).isEqualTo(65);
            assertThat(cue.snippet().replaceAll("</?em>", "")).isEqualTo("今天我们讲营商环境优化");
            assertThat(cue.snippet()).contains("<em>环境</em>");
        });
        assertThat(video.sections()).isEmpty();
    }

    @Test
    void aHitInADocumentNamesThePageWithASnippetAroundTheWords() throws IOException {
        ContentHit slides = hit(search("营商环境"), "slides-1");

        assertThat(slides.sections()).extracting(SectionMatch::number).containsExactly(2, 4);
        assertThat(slides.sections().get(0).snippet()).contains("<em>环境</em>");
        // A long page gives the part around the words, not the whole page.
        assertThat(slides.sections().get(1).snippet()).contains("<em>环境</em>").hasSizeLessThan(250);
        assertThat(slides.cues()).isEmpty();
    }

    @Test
    void aHitInTheBodyHasNoPlace() throws IOException {
        ContentHit notes = hit(search("营商环境"), "notes-1");

        assertThat(notes.cues()).isEmpty();
        assertThat(notes.sections()).isEmpty();
        assertThat(notes.snippets().get("body")).singleElement().asString().contains("<em>环境</em>");
    }

    @Test
    void wordsSpreadOverSeveralCuesFindTheLectureAndPointToACueHoldingOne() throws IOException {
        ContentHit video = hit(search("两区一县 培训"), "video-2");

        assertThat(video.cues()).extracting(CueMatch::startSecond).containsExactlyInAnyOrder(10, 20);
        assertThat(search("两区一县 培训").hits()).extracting(ContentHit::id).containsExactly("video-2");
    }

    @Test
    void quotesAskForTheExactPhraseInCuesAndPages() throws IOException {
        assertThat(search("\"营商环境优化\"").hits()).extracting(ContentHit::id).containsExactly("video-1");
        assertThat(hit(search("\"营商环境优化\""), "video-1").cues()).first()
                .extracting(CueMatch::startSecond).isEqualTo(65);
        assertThat(search("\"环境营商\"").total()).isZero();
        assertThat(search("\"嘉善县的营商\"").hits()).extracting(ContentHit::id).containsExactly("slides-1");
    }

    @Test
    void simplifiedWordsFindTraditionalSubtitlesAndMarkTheOriginalCharacters() throws IOException {
        ContentHit video = hit(search("生态绿色"), "video-1");

        assertThat(video.cues()).first().satisfies(cue -> {
            assertThat(cue.startSecond()).isEqualTo(130);
            assertThat(cue.snippet()).contains("<em>生態</em>").contains("<em>綠色</em>");
        });
    }

    @Test
    void escapesTheCuesOwnMarkup() throws IOException {
        ContentHit video = hit(search("基层治理"), "video-1");

        assertThat(video.cues()).first().extracting(CueMatch::snippet).asString()
                .startsWith("&lt;b&gt;重点&lt;&#x2F;b&gt;").contains("<em>基层</em>");
    }

    @Test
    void excludedWordsLeaveOutLecturesThatSayThemInAnyCue() throws IOException {
        assertThat(search("营商 -大家好").hits()).extracting(ContentHit::id).doesNotContain("video-1").contains("slides-1");
    }

    @Test
    void groupedResultsKeepTheirPlaces() throws IOException {
        ContentResults results = searcher.search(ContentQuery.firstPage("营商环境", READER).groupingByParent());

        ContentHit course1 = results.hits().stream().filter(h -> h.groupId().equals("course-1")).findFirst().orElseThrow();
        List<ContentHit> both = new ArrayList<>(course1.sameGroup());
        both.add(course1);
        assertThat(both).extracting(ContentHit::id).containsExactlyInAnyOrder("video-1", "slides-1");
        ContentHit video = both.stream().filter(h -> h.id().equals("video-1")).findFirst().orElseThrow();
        assertThat(video.cues()).extracting(CueMatch::startSecond).contains(65);
    }

    @Test
    void aSearchWithoutWordsHasNoPlaces() throws IOException {
        assertThat(search("").hits()).allSatisfy(hit -> {
            assertThat(hit.cues()).isEmpty();
            assertThat(hit.sections()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"营商", "营商\"环境", "\"\"\"", "*", "*:*", "cues.text:营商", "a:b:c", "\\", "/", "//",
            "/[a-z]+/", "？！。，", "……", "😀", "😀🎉 营商", "((", ")", "-", "|", "+", "~2", "营商~", "\u0000",
            "{\"nested\":{}}", "<em>营商</em>", "&amp;"})
    void neverFailsOnOddInput(String text) {
        assertThatCode(() -> search(text)).doesNotThrowAnyException();
    }

    @Test
    void neverFailsOnVeryLongInput() {
        assertThatCode(() -> search("营商环境两区一县😀\"".repeat(10_000))).doesNotThrowAnyException();
    }

    private static ContentResults search(String text) throws IOException {
        return searcher.search(ContentQuery.firstPage(text, READER));
    }

    private static ContentHit hit(ContentResults results, String id) {
        return results.hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + results.hits()));
    }

    private static SearchDocument material(String id, String course, String title, String body) {
        return new SearchDocument(id, "material", course, title, null, body, Set.of(ZONE), Map.of());
    }
}
