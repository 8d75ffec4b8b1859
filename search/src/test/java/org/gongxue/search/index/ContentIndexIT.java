package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongxue.search.extraction.Section;
import org.gongxue.search.subtitles.Cue;
import org.junit.jupiter.api.Test;

class ContentIndexIT {

    @Test
    void createsTheVersionedIndexBehindTheAliasOnce() throws Exception {
        try (TestNode node = TestNode.withFreshAlias("it-lifecycle")) {
            assertThat(node.index.ensureCreated()).isTrue();
            assertThat(node.index.ensureCreated()).isFalse();

            assertThat(node.index.indicesBehindAlias()).containsExactly(node.index.alias() + "-v1");
        }
    }

    @Test
    void twoServersStartingAtOnceCreateItExactlyOnce() throws Exception {
        try (TestNode node = TestNode.withFreshAlias("it-race")) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Callable<Boolean> create = node.index::ensureCreated;
                List<Future<Boolean>> results = pool.invokeAll(List.of(create, create, create, create));
                int created = 0;
                for (Future<Boolean> result : results) {
                    created += result.get() ? 1 : 0; // get() rethrows any failure
                }
                assertThat(created).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(node.index.indicesBehindAlias()).containsExactly(node.index.versionedName());
        }
    }

    @Test
    void writesBeforeTheIndexExistsFailInsteadOfCreatingAnIndexWithGuessedMappings() throws Exception {
        try (TestNode node = TestNode.withFreshAlias("it-no-index")) {
            BulkIndexResult result = node.index.index(List.of(new SearchDocument("d-1", "course", null, "标题", null,
                    null, Set.of("zone"), Map.of())));

            // The type ContentIndex relies on to tell a write that raced the end of a rebuild.
            assertThat(result.failures()).singleElement().extracting(BulkIndexResult.Failure::type)
                    .isEqualTo("index_not_found_exception");
            assertThat(node.connection.client().indices().exists(e -> e.index(node.index.alias())).value()).isFalse();
        }
    }

    @Test
    void addsNewFieldsInPlaceToAnIndexCreatedByOlderCode() throws Exception {
        try (TestNode node = TestNode.withFreshAlias("it-upgrade");
                InputStream firstRelease = getClass().getResourceAsStream("content-v1-first-release.json")) {
            node.connection.client().indices().create(c -> c.withJson(firstRelease)
                    .index(node.index.versionedName()).aliases(node.index.alias(), a -> a));

            assertThat(node.index.ensureCreated()).isFalse();

            Map<String, Property> fields = node.connection.client().indices()
                    .getMapping(m -> m.index(node.index.alias())).result()
                    .get(node.index.versionedName()).mappings().properties();
            assertThat(fields).containsKeys("published_at", "views", "group_id", "cues", "sections");
            assertThat(fields.get("cues").nested().includeInRoot()).isTrue();
            assertThat(fields.get("facets").object().properties().get("lecturer").keyword().fields())
                    .containsKeys("words", "bigrams");
            assertThat(fields.get("title").text().fields()).containsKeys("bigrams", "keyword");
            BulkIndexResult indexed = node.index.index(List.of(new SearchDocument("d-1", "course", null, "标题", null,
                    null, Set.of("zone"), Map.of(), Instant.parse("2025-01-01T08:00:00Z"), 3L)
                    .withCues(List.of(new Cue(1_000, 2_000, "字幕")))
                    .withSections(List.of(new Section(1, "第一页")))));
            assertThat(indexed.failures()).isEmpty();
        }
    }
}
