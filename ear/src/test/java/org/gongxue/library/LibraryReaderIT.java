package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongxue.library.service.CourseHit;
import org.gongxue.library.service.FacetCounts;
import org.gongxue.library.service.LibraryFacet;
import org.gongxue.library.service.LibrarySearch;
import org.gongxue.library.service.LibrarySearchRequest;
import org.gongxue.library.service.LibrarySearchResults;
import org.gongxue.library.service.MaterialHit;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.search.index.ContentSort;
import org.gongxue.testing.Api;
import org.gongxue.testing.MinimalPdf;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cadres search the library and read what they find: the search service and GET /api/search
 * find courses by words in titles, subtitles and documents, with facet counts, orders and pages,
 * and only what the reader may see; odd input never fails. {@link ReaderLibrary} makes the
 * library when the deployment starts; the tests read it as the server's services and as API clients.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryReaderIT {

    private static final Pattern MATERIAL_ID = Pattern.compile("\"materialId\":(\\d+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(LibraryReaderIT.class, ReaderLibrary.class, MinimalPdf.class);
    }

    @Inject
    Actors actors;

    @Inject
    LibrarySearch search;

    @ArquillianResource
    URL base;

    @Test
    void aWordSpokenInALectureFindsTheCourseAndTheSecondItIsSpokenAt() {
        LibrarySearchResults found = search.search(actor("cadre.qingpu"), LibrarySearchRequest.words(ReaderLibrary.SPOKEN_WORDS));

        assertThat(found.getCourses()).extracting(CourseHit::getTitle).containsExactly(ReaderLibrary.QINGPU_COURSE);
        MaterialHit subtitles = found.getCourses().get(0).getMaterials().get(0);
        assertThat(subtitles.getCues()).first().satisfies(cue -> {
            assertThat(cue.getSecond()).isEqualTo(ReaderLibrary.SPOKEN_AT);
            assertThat(cue.getTime()).isEqualTo("0:12");
            assertThat(cue.getSnippet()).contains("<em>");
        });
        assertThat(subtitles.getLecturePosition()).isEqualTo(1);
    }

    @Test
    void aWordOnAPageOfADocumentNamesThePage() {
        LibrarySearchResults found = search.search(actor("cadre.qingpu"), LibrarySearchRequest.words(ReaderLibrary.DOCUMENT_WORDS));

        assertThat(found.getCourses()).extracting(CourseHit::getTitle).containsExactly(ReaderLibrary.QINGPU_COURSE);
        assertThat(found.getCourses().get(0).getMaterials()).first().satisfies(document -> {
            assertThat(document.getName()).isEqualTo("太浦河治理讲义.pdf");
            assertThat(document.getPages()).first().satisfies(page -> assertThat(page.getNumber()).isEqualTo(ReaderLibrary.DOCUMENT_PAGE));
        });
    }

    @Test
    void aCadreOutsideTheAudienceFindsNothingOfItAndCountsNothingOfIt() {
        Actor outsider = actor("cadre.wujiang");

        assertThat(search.search(outsider, LibrarySearchRequest.words(ReaderLibrary.SPOKEN_WORDS)).getCourses()).isEmpty();
        assertThat(search.search(outsider, LibrarySearchRequest.words(ReaderLibrary.DOCUMENT_WORDS)).getCourseCount()).isZero();
        assertThat(values(search.search(outsider, LibrarySearchRequest.words("")), LibraryFacet.LECTURER))
                .doesNotContain(ReaderLibrary.QINGPU_LECTURER);
        assertThat(values(search.search(actor("cadre.qingpu"), LibrarySearchRequest.words("")), LibraryFacet.LECTURER))
                .contains(ReaderLibrary.QINGPU_LECTURER);
        assertThat(values(search.search(actor("platform.admin"), LibrarySearchRequest.words(ReaderLibrary.SPOKEN_WORDS)),
                LibraryFacet.LECTURER)).containsExactly(ReaderLibrary.QINGPU_LECTURER);
    }

    @Test
    void facetsCountAndNarrowAndATickedValueStaysListed() {
        Actor reader = actor("cadre.qingpu");
        LibrarySearchRequest both = new LibrarySearchRequest("太浦河 | 跨域协同", Map.of(), ContentSort.NEWEST, 0);
        LibrarySearchResults all = search.search(reader, both);
        assertThat(all.getCourses()).extracting(CourseHit::getTitle)
                .contains(ReaderLibrary.QINGPU_COURSE, ReaderLibrary.ZONE_COURSE);
        assertThat(facet(all, LibraryFacet.TOPIC).getValues())
                .anySatisfy(value -> {
                    assertThat(value.getValue()).isEqualTo("ECO_GREEN");
                    assertThat(value.getLabelKey()).isEqualTo("topic.ECO_GREEN");
                    assertThat(value.getCount()).isPositive();
                });

        LibrarySearchResults narrowed = search.search(reader, new LibrarySearchRequest(both.text(),
                Map.of(LibraryFacet.TOPIC, Set.of("DELTA_INTEGRATION"), LibraryFacet.YEAR, Set.of("1999")),
                ContentSort.MOST_WATCHED, 0));
        assertThat(narrowed.getCourses()).isEmpty();
        assertThat(facet(narrowed, LibraryFacet.YEAR).getValues())
                .anySatisfy(value -> assertThat(value.getValue()).isEqualTo("1999"))
                .allSatisfy(value -> assertThat(value.isSelected()).isEqualTo(value.getValue().equals("1999")));

        LibrarySearchResults zoneOnly = search.search(reader, new LibrarySearchRequest(both.text(),
                Map.of(LibraryFacet.TOPIC, Set.of("DELTA_INTEGRATION")), ContentSort.RELEVANCE, 0));
        // Other tests' courses of the topic may match too; the Qingpu course of another topic must not.
        assertThat(zoneOnly.getCourses()).extracting(CourseHit::getTitle)
                .contains(ReaderLibrary.ZONE_COURSE).doesNotContain(ReaderLibrary.QINGPU_COURSE);
    }

    @Test
    void oddInputIsSearchedForAsWordsAndNeverFails() {
        Actor reader = actor("cadre.qingpu");
        List<String> odd = List.of("\"生态缓冲带", "生态\"缓冲带\"\"", "*", "河长:巡河", "title:*", "((((", "-", "|",
                "~1", "\\", "🌊🌿 生态", "\u0000", "<script>alert(1)</script>", "生态".repeat(5_000));
        for (String text : odd) {
            assertThatCode(() -> search.search(reader, LibrarySearchRequest.words(text))).as(text).doesNotThrowAnyException();
        }
        assertThat(search.search(reader, LibrarySearchRequest.words("\"生态缓冲带\"")).getCourses())
                .extracting(CourseHit::getTitle).containsExactly(ReaderLibrary.QINGPU_COURSE);
        assertThat(search.search(reader, new LibrarySearchRequest("", Map.of(), ContentSort.RELEVANCE, 5_000)).getPage())
                .as("a page past what can be paged through is the last one").isLessThan(1_000);
        assertThatThrownBy(() -> search.search(reader, new LibrarySearchRequest("", Map.of(LibraryFacet.LECTURER,
                Set.copyOf(java.util.stream.IntStream.range(0, 51).mapToObj(i -> "讲师" + i).toList())),
                ContentSort.RELEVANCE, 0))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void suggestionsOfferTitlesAndLecturersTheReaderMaySee() {
        assertThat(search.suggest(actor("cadre.qingpu"), "太浦河").titles()).contains(ReaderLibrary.QINGPU_COURSE);
        assertThat(search.suggest(actor("cadre.wujiang"), "太浦河").titles()).doesNotContain(ReaderLibrary.QINGPU_COURSE);
        assertThat(search.suggest(actor("cadre.qingpu"), "沈滨").lecturers()).contains(ReaderLibrary.QINGPU_LECTURER);
        assertThat(search.suggest(actor("cadre.wujiang"), "沈滨").lecturers()).isEmpty();
    }

    @Test
    @RunAsClient
    void theSearchApiAnswersAsThePageDoesAndRefusesBadParameters() {
        Api api = new Api(base);

        HttpResponse<String> found = api.get("cadre.qingpu", Api.DEMO_PASSWORD, "api/search?q=" + encoded(ReaderLibrary.SPOKEN_WORDS));
        HttpResponse<String> outside = api.get("cadre.wujiang", Api.DEMO_PASSWORD, "api/search?q=" + encoded(ReaderLibrary.SPOKEN_WORDS));
        HttpResponse<String> filtered = api.get("cadre.qingpu", Api.DEMO_PASSWORD,
                "api/search?q=&topic=ECO_GREEN&topic=DELTA_INTEGRATION&sort=most-watched&page=1");
        HttpResponse<String> badSort = api.get("cadre.qingpu", Api.DEMO_PASSWORD, "api/search?q=x&sort=cheapest&page=0");
        HttpResponse<String> anonymous = api.get(null, null, "api/search?q=x");

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"courseCount\":1", "\"second\":" + ReaderLibrary.SPOKEN_AT, "\"slot\":\"SUBTITLE\"",
                ReaderLibrary.QINGPU_COURSE, "<em>");
        assertThat(outside.body()).contains("\"courseCount\":0").doesNotContain(ReaderLibrary.QINGPU_COURSE,
                ReaderLibrary.QINGPU_LECTURER);
        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.body()).contains(ReaderLibrary.QINGPU_COURSE, ReaderLibrary.ZONE_COURSE, "\"selected\":true");
        assertThat(badSort.statusCode()).isEqualTo(400);
        assertThat(badSort.body()).contains("library.reader.search.badSort", "library.reader.search.badPage", "排序方式无效");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        for (String odd : List.of("\"", "*", ":", "🌊", "a".repeat(3_000), "%00", "\\", "[")) {
            HttpResponse<String> answer = api.get("cadre.qingpu", Api.DEMO_PASSWORD, "api/search?q=" + encoded(odd));
            assertThat(answer.statusCode()).as(odd).isEqualTo(200);
        }
        HttpResponse<String> suggestions = api.get("cadre.qingpu", Api.DEMO_PASSWORD, "api/search/suggestions?q=" + encoded("太浦"));
        assertThat(suggestions.body()).contains(ReaderLibrary.QINGPU_COURSE);
    }

    @Test
    @RunAsClient
    void aMaterialIdFromTheSearchApiIsWhatStreamingServes() {
        Api api = new Api(base);
        long handout = firstMaterialId(api.get("cadre.qingpu", Api.DEMO_PASSWORD, "api/search?q=" + encoded(ReaderLibrary.DOCUMENT_WORDS)));

        HttpResponse<String> whole = api.get("cadre.qingpu", Api.DEMO_PASSWORD, "api/streams/materials/" + handout);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).startsWith("%PDF-1.4");
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @Test
    @RunAsClient
    void openingALectureCountsTheReaderAsWatchingItOnceADay() {
        Api api = new Api(base);
        String username = "it.reader." + System.nanoTime();
        api.createPerson(username, "JIASHAN", "CADRE", "Xitang2026first");
        HttpResponse<String> changed = api.json("PUT", username, "Xitang2026first", "api/people/me/password",
                "{\"currentPassword\":\"Xitang2026first\",\"newPassword\":\"Xitang2026second\"}");
        assertThat(changed.statusCode()).isEqualTo(204);
        String search = "api/search?q=" + encoded("跨域协同");
        HttpResponse<String> before = api.get(username, "Xitang2026second", search);
        Matcher lecture = Pattern.compile("\"lectureId\":(\\d+)").matcher(before.body());
        assertThat(lecture.find()).as(before.body()).isTrue();
        WebSession session = new WebSession(base);
        session.signIn(username, "Xitang2026second");

        HttpResponse<String> page = session.get("library/lecture.xhtml?id=" + lecture.group(1));
        session.get("library/lecture.xhtml?id=" + lecture.group(1));
        HttpResponse<String> after = api.get(username, "Xitang2026second", search);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("第一讲 一体化制度创新清单", "制度创新案例.pdf");
        assertThat(viewCount(after)).isEqualTo(viewCount(before) + 1);
    }

    @Test
    @RunAsClient
    void theCourseAndLecturePagesOfACourseOutsideTheReadersAudienceDoNotExistForThem() {
        Api api = new Api(base);
        String found = api.get("cadre.qingpu", Api.DEMO_PASSWORD,
                "api/search?q=" + encoded(ReaderLibrary.SPOKEN_WORDS)).body();
        Matcher course = Pattern.compile("\"courseId\":(\\d+)").matcher(found);
        Matcher lecture = Pattern.compile("\"lectureId\":(\\d+)").matcher(found);
        assertThat(course.find() && lecture.find()).as(found).isTrue();
        WebSession insider = new WebSession(base);
        insider.signIn("cadre.qingpu", Api.DEMO_PASSWORD);
        WebSession outsider = new WebSession(base);
        outsider.signIn("cadre.wujiang", Api.DEMO_PASSWORD);

        assertThat(insider.get("library/course.xhtml?id=" + course.group(1)).body())
                .contains(ReaderLibrary.QINGPU_COURSE, ReaderLibrary.QINGPU_LECTURER, "第二讲 河湖联保共治");
        assertThat(outsider.get("library/course.xhtml?id=" + course.group(1)).statusCode()).isEqualTo(404);
        assertThat(outsider.get("library/lecture.xhtml?id=" + lecture.group(1)).statusCode()).isEqualTo(404);
        assertThat(insider.get("library/course.xhtml?id=not-a-number").statusCode()).isEqualTo(404);
        assertThat(insider.get("library/lecture.xhtml?id=999999999").statusCode()).isEqualTo(404);
        assertThat(insider.get("library/lecture.xhtml?id=" + lecture.group(1) + "&t=-5&page=x&material=%27").statusCode())
                .isEqualTo(200);
        assertThat(insider.get("library/search.xhtml?q=%22&sort=cheapest").body()).contains("排序方式无效");
    }

    private static long viewCount(HttpResponse<String> searchAnswer) {
        Matcher views = Pattern.compile("\"viewCount\":(\\d+)").matcher(searchAnswer.body());
        assertThat(views.find()).as(searchAnswer.body()).isTrue();
        return Long.parseLong(views.group(1));
    }

    static long firstMaterialId(HttpResponse<String> searchAnswer) {
        Matcher id = MATERIAL_ID.matcher(searchAnswer.body());
        assertThat(id.find()).as(searchAnswer.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> values(LibrarySearchResults results, LibraryFacet facet) {
        return facet(results, facet).getValues().stream().map(FacetCounts.FacetValue::getValue).toList();
    }

    private static FacetCounts facet(LibrarySearchResults results, LibraryFacet facet) {
        return results.getFacets().stream().filter(f -> f.getName().equals(facet.indexName())).findFirst().orElseThrow();
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }

}
