package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Rebuilding into the next generation behind the alias while search and writes go on, against the real node. */
class ContentRebuildIT {

    private static final Set<String> READER = Set.of("zone");
    /** More than two bulk batches, so that the rebuild is visibly under way in the middle. */
    private static final int MANY = 2 * IndexRebuild.BATCH_DOCUMENTS + 200;

    @Test
    void fillsTheNextGenerationSwapsTheAliasAndDropsTheOldOne() throws IOException {
        try (TestNode node = TestNode.holding("it-rebuild", List.of(doc("a", "旧标题"), doc("b", "第二门课")))) {
            List<long[]> progress = new ArrayList<>();

            RebuildResult result = node.index.rebuild(3, () -> Stream.of(doc("a", "新标题"), doc("b", "第二门课"),
                    doc("c", "第三门课")), (done, total) -> progress.add(new long[] {done, total}));

            assertThat(result.index()).isEqualTo(node.index.alias() + "-v2");
            assertThat(result.read()).isEqualTo(3);
            assertThat(result.indexed()).isEqualTo(3);
            assertThat(result.failures()).isEmpty();
            assertThat(node.index.indicesBehindAlias()).containsExactly(node.index.alias() + "-v2");
            assertThat(generations(node)).containsExactly(node.index.alias() + "-v2");
            assertThat(progress).last().isEqualTo(new long[] {3, 3});
            assertThat(titles(node, "")).containsExactlyInAnyOrder("新标题", "第二门课", "第三门课");

            assertThat(node.index.rebuild(1, () -> Stream.of(doc("a", "再一次")), RebuildProgress.IGNORED).index())
                    .isEqualTo(node.index.alias() + "-v3");
            assertThat(titles(node, "")).containsExactly("再一次");
        }
    }

    @Test
    void searchAnswersFromTheOldGenerationUntilTheSwap() throws IOException {
        try (TestNode node = TestNode.holding("it-rebuild-search", List.of(doc("old-1", "旧课程讲义")))) {
            ContentSearcher searcher = new ContentSearcher(node.connection.client(), node.settings);
            List<String> seenMidway = new ArrayList<>();
            IntFunction<SearchDocument> numbered = n -> doc("new-" + n, "新课程讲义" + n);
            Stream<SearchDocument> source = streamOf(MANY, numbered, n -> {
                if (n == MANY - 100) {
                    node.index.refresh();
                    seenMidway.addAll(titles(searcher, "旧课程"));
                    seenMidway.add("new:" + searcher.search(ContentQuery.firstPage("新课程", READER)).total());
                    node.connection.client().indices().refresh(r -> r.index(node.index.rebuildingAlias()));
                    seenMidway.add("building:" + node.connection.client().count(c -> c.index(node.index.rebuildingAlias()))
                            .count());
                }
            });

            node.index.rebuild(MANY, () -> source, RebuildProgress.IGNORED);

            assertThat(seenMidway).containsExactly("旧课程讲义", "new:0", "building:" + 2 * IndexRebuild.BATCH_DOCUMENTS);
            assertThat(searcher.search(ContentQuery.firstPage("旧课程", READER)).total()).isZero();
            assertThat(searcher.search(ContentQuery.firstPage("新课程", READER)).total()).isEqualTo(MANY);
        }
    }

    @Test
    void writesAndDeletesMadeDuringTheRebuildAreNotLost() throws IOException {
        try (TestNode node = TestNode.holding("it-rebuild-writes",
                List.of(doc("x", "旧的标题"), doc("y", "要删除的课"), doc("z", "不变的课")))) {
            List<Integer> liveResults = new ArrayList<>();
            // The source read x and y from the database just before a teacher changed x and
            // deleted y: it still gives their old state, after the live writes reached the index.
            Stream<SearchDocument> source = streamOf(3, n -> List.of(doc("x", "旧的标题"), doc("y", "要删除的课"),
                    doc("z", "不变的课")).get(n), n -> {
                if (n == 0) {
                    liveResults.add(node.index.index(List.of(doc("x", "改过的标题"), doc("w", "新加的课"))).succeeded());
                    liveResults.add(node.index.delete("y") ? 1 : 0);
                }
            });

            RebuildResult result = node.index.rebuild(3, () -> source, RebuildProgress.IGNORED);

            assertThat(liveResults).containsExactly(2, 1);
            assertThat(result.keptNewer()).isEqualTo(2);
            assertThat(result.indexed()).isEqualTo(1);
            assertThat(titles(node, "")).containsExactlyInAnyOrder("改过的标题", "新加的课", "不变的课");
            long tombstones = node.connection.client().count(c -> c.index(node.index.alias())
                    .query(q -> q.term(t -> t.field("kind").value(FieldValue.of(ContentIndex.TOMBSTONE_KIND))))).count();
            assertThat(tombstones).isZero();
            assertThat(node.index.delete("y")).isFalse();
        }
    }

    @Test
    void aFailingSourceLeavesTheLiveGenerationAsItWas() throws IOException {
        try (TestNode node = TestNode.holding("it-rebuild-fail", List.of(doc("a", "原来的课")))) {
            Stream<SearchDocument> failing = streamOf(MANY, n -> doc("n" + n, "半途的课"), n -> {
                if (n == MANY - 1) {
                    throw new IllegalStateException("the database went away");
                }
            });

            assertThatThrownBy(() -> node.index.rebuild(MANY, () -> failing, RebuildProgress.IGNORED))
                    .hasMessageContaining("database went away");

            assertThat(generations(node)).containsExactly(node.index.versionedName());
            assertThat(titles(node, "")).containsExactly("原来的课");
            assertThat(node.index.rebuildRunning()).isFalse();
            assertThat(node.index.index(List.of(doc("b", "之后写的课"))).allSucceeded()).isTrue();
            assertThat(node.index.rebuild(1, () -> Stream.of(doc("c", "重建好的课")), RebuildProgress.IGNORED).index())
                    .isEqualTo(node.index.alias() + "-v2");
        }
    }

    @Test
    void refusesASecondRebuildWhileOneRunsAndCancelsAnInterruptedOne() throws IOException {
        try (TestNode node = TestNode.holding("it-rebuild-twice", List.of(doc("a", "课")))) {
            List<String> refused = new ArrayList<>();
            node.index.rebuild(1, () -> streamOf(1, n -> doc("a", "课"), n -> {
                try {
                    node.index.rebuild(1, Stream::empty, RebuildProgress.IGNORED);
                } catch (RebuildRunningException e) {
                    refused.add(e.getMessage());
                }
            }), RebuildProgress.IGNORED);
            assertThat(refused).singleElement().asString().contains("rebuild");

            // What a rebuild whose server stopped leaves behind.
            node.connection.client().indices().create(c -> c.index(node.index.alias() + "-v7")
                    .aliases(node.index.rebuildingAlias(), a -> a));
            assertThatThrownBy(() -> node.index.rebuild(0, Stream::empty, RebuildProgress.IGNORED))
                    .isInstanceOf(RebuildRunningException.class);

            assertThat(node.index.cancelRebuild()).isTrue();
            assertThat(node.index.cancelRebuild()).isFalse();
            assertThat(node.index.rebuild(1, () -> Stream.of(doc("a", "课")), RebuildProgress.IGNORED).index())
                    .isEqualTo(node.index.alias() + "-v3");
        }
    }

    private static Set<String> generations(TestNode node) throws IOException {
        return node.connection.client().indices().get(g -> g.index(node.index.alias() + "-v*")).result().keySet();
    }

    private static List<String> titles(TestNode node, String text) throws IOException {
        node.index.refresh();
        return titles(new ContentSearcher(node.connection.client(), node.settings), text);
    }

    private static List<String> titles(ContentSearcher searcher, String text) throws IOException {
        return searcher.search(new ContentQuery(text, READER, 0, 100)).hits().stream().map(ContentHit::title).toList();
    }

    /** A step the source takes before giving document n, as a database cursor does between rows. */
    @FunctionalInterface
    private interface BeforeEach {
        void run(int n) throws IOException;
    }

    /** A lazy source of count documents: each made (and its step run) only when the rebuild asks for it. */
    private static Stream<SearchDocument> streamOf(int count, IntFunction<SearchDocument> document, BeforeEach step) {
        Iterator<SearchDocument> documents = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public SearchDocument next() {
                try {
                    step.run(next);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return document.apply(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(documents, count, 0), false);
    }

    private static SearchDocument doc(String id, String title) {
        return new SearchDocument(id, "course", null, title, null, null, READER, Map.of());
    }
}
