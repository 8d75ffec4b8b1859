package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentSearchIT {

    private static final String ZONE = "zone";
    private static final String QINGPU = "locality:qingpu";
    private static final String JIASHAN = "locality:jiashan";
    /** A Qingpu cadre: sees what the zone and Qingpu publish, not Jiashan's own documents. */
    private static final Set<String> QINGPU_READER = Set.of(ZONE, QINGPU);

    private static TestNode node;
    private static ContentSearcher searcher;

    @BeforeAll
    static void indexDocuments() throws IOException {
        node = TestNode.withFreshAlias("it-search");
        node.index.ensureCreated();
        searcher = new ContentSearcher(node.connection.client(), node.settings);
        BulkIndexResult result = node.index.index(List.of(
                document("course-1", "course", "长三角生态绿色一体化发展示范区干部教育培训",
                        "两区一县共同开展干部培训。", "课程介绍 <b>重点</b> 内容。", ZONE),
                document("material-1", "material", "营商环境优化专题讲座",
                        "青浦区的实践", "青浦区营商环境优化的实践与思考。", QINGPU),
                document("post-1", "post", "嘉善县干部培训座谈会纪要",
                        "座谈会", "嘉善县组织部召开干部培训座谈会。", JIASHAN),
                document("course-2", "course", "長三角一體化發展的歷史",
                        "繁體字的課程", "介紹長三角區域合作。", ZONE)));
        assertThat(result.failures()).isEmpty();
        assertThat(result.succeeded()).isEqualTo(4);
        node.index.refresh();
    }

    @AfterAll
    static void dropIndex() throws IOException {
        node.close();
    }

    @Test
    void findsChineseWordsAndMarksThemInSnippets() throws IOException {
        ContentResults results = search("干部培训", QINGPU_READER);

        assertThat(results.hits()).extracting(ContentHit::id).containsExactly("course-1");
        ContentHit hit = results.hits().get(0);
        assertThat(hit.title()).isEqualTo("长三角生态绿色一体化发展示范区干部教育培训");
        assertThat(hit.snippets().get("title")).singleElement().asString()
                .contains("<em>干部</em>").contains("<em>培训</em>");
        assertThat(hit.snippets().get("summary")).singleElement().asString().contains("<em>干部</em>");
    }

    @Test
    void findsTermsTheSegmenterDoesNotKnowThroughBigrams() throws IOException {
        ContentResults results = search("营商环境优化", QINGPU_READER);

        assertThat(results.hits()).extracting(ContentHit::id).containsExactly("material-1");
        assertThat(String.join("", results.hits().get(0).snippets().get("title")).replaceAll("</?em>", ""))
                .isEqualTo("营商环境优化专题讲座");
        assertThat(results.hits().get(0).snippets().get("title")).singleElement().asString()
                .contains("<em>环境</em>").contains("<em>优化</em>");
    }

    @Test
    void simplifiedQueriesFindTraditionalText() throws IOException {
        ContentResults results = search("长三角", QINGPU_READER);

        assertThat(results.hits()).extracting(ContentHit::id).containsExactlyInAnyOrder("course-1", "course-2");
        ContentHit traditional = results.hits().stream().filter(h -> h.id().equals("course-2")).findFirst().orElseThrow();
        // Snippets show the document's own characters, marked at the right offsets.
        assertThat(traditional.snippets().get("title")).singleElement().asString().startsWith("<em>長三角</em>");
    }

    @Test
    void quotesAskForTheExactPhrase() throws IOException {
        assertThat(search("\"生态绿色\"", QINGPU_READER).hits()).extracting(ContentHit::id).containsExactly("course-1");
        assertThat(search("\"绿色生态\"", QINGPU_READER).total()).isZero();
        assertThat(search("绿色 生态", QINGPU_READER).hits()).extracting(ContentHit::id).containsExactly("course-1");
    }

    @Test
    void hidesDocumentsOutsideTheReadersAudiencesFromHitsAndTotals() throws IOException {
        assertThat(search("座谈会", QINGPU_READER).total()).isZero();
        assertThat(search("座谈会", Set.of(JIASHAN)).hits()).extracting(ContentHit::id).containsExactly("post-1");
        assertThat(search("", QINGPU_READER).total()).isEqualTo(3);
        assertThat(search("", Set.of()).total()).isZero();
    }

    @Test
    void searchesOnlyTheKindsAskedFor() throws IOException {
        Set<String> everywhere = Set.of(ZONE, QINGPU, JIASHAN);
        ContentQuery all = new ContentQuery("", everywhere, 0, 10);

        assertThat(searcher.search(all.ofKinds(Set.of("post"))).hits()).extracting(ContentHit::id)
                .containsExactly("post-1");
        assertThat(searcher.search(all.ofKinds(Set.of("course", "material")).sortedBy(ContentSort.NEWEST)).total())
                .isEqualTo(3);
        assertThat(searcher.search(all).total()).isEqualTo(4);
    }

    @Test
    void escapesTheDocumentsOwnMarkupInSnippets() throws IOException {
        ContentHit hit = search("重点", QINGPU_READER).hits().get(0);

        assertThat(hit.snippets().get("body")).singleElement().asString()
                .contains("&lt;b&gt;<em>重点</em>&lt;&#x2F;b&gt;");
    }

    @Test
    void pagesThroughAllVisibleDocuments() throws IOException {
        ContentResults first = searcher.search(new ContentQuery("", QINGPU_READER, 0, 2));
        ContentResults second = searcher.search(new ContentQuery("", QINGPU_READER, 1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hits().get(0).id()).isNotIn(first.hits().stream().map(ContentHit::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"干部", "干部\"培训", "*", "title:干部", "a:b:c", "((", "-", "|", "\\", "~2",
            "😀🎉 干部", "/[a-z]+/", "AND OR NOT", "\u0000", "{\"query\":1}"})
    void neverFailsOnOddInput(String text) {
        assertThatCode(() -> search(text, QINGPU_READER)).doesNotThrowAnyException();
    }

    @Test
    void neverFailsOnVeryLongInput() {
        String longText = "干部培训长三角".repeat(20_000);
        assertThatCode(() -> search(longText, QINGPU_READER)).doesNotThrowAnyException();
    }

    @Test
    void reportsEachRejectedDocumentAndIndexesTheRest() throws IOException {
        SearchDocument bad = new SearchDocument("bad-1", "post", null, "坏文档", null, null,
                Set.of(ZONE), Map.of("", List.of("empty field name")));
        SearchDocument good = document("good-1", "post", "好文档", null, null, ZONE);

        BulkIndexResult result = node.index.index(List.of(bad, good));

        assertThat(result.succeeded()).isEqualTo(1);
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo("bad-1");
            assertThat(failure.reason()).isNotBlank();
        });
        assertThat(node.index.delete("good-1")).isTrue();
        // Other tests count hits in the same index: the periodic refresh may already have shown
        // good-1, so make its removal visible too before they run.
        node.index.refresh();
    }

    @Test
    void deletesById() throws IOException {
        node.index.index(List.of(document("temp-1", "post", "临时通知", null, null, ZONE)));
        node.index.refresh();
        assertThat(search("临时通知", QINGPU_READER).total()).isEqualTo(1);

        assertThat(node.index.delete("temp-1")).isTrue();
        node.index.refresh();

        assertThat(search("临时通知", QINGPU_READER).total()).isZero();
        assertThat(node.index.delete("temp-1")).isFalse();
    }

    @Test
    void deletesManyInOneRequestAndCountsOnlyThoseThatExisted() throws IOException {
        node.index.index(List.of(document("batch-1", "material", "批量删除的讲义", null, null, ZONE),
                document("batch-2", "material", "批量删除的讲义", null, null, ZONE),
                document("batch-3", "material", "批量删除的讲义", null, null, ZONE)));
        node.index.refresh();
        assertThat(search("批量删除", QINGPU_READER).total()).isEqualTo(3);

        assertThat(node.index.delete(List.of("batch-1", "batch-2", "batch-never-indexed"))).isEqualTo(2);
        node.index.refresh();

        assertThat(search("批量删除", QINGPU_READER).hits()).extracting(ContentHit::id).containsExactly("batch-3");
        assertThat(node.index.delete(List.of())).isZero();
        node.index.delete("batch-3");
        node.index.refresh();
    }

    private static ContentResults search(String text, Set<String> audiences) throws IOException {
        return searcher.search(ContentQuery.firstPage(text, audiences));
    }

    private static SearchDocument document(String id, String kind, String title, String summary, String body,
            String audience) {
        return new SearchDocument(id, kind, null, title, summary, body, Set.of(audience), Map.of());
    }
}
