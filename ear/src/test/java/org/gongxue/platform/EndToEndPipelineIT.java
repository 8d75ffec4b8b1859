package org.gongxue.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.StoredObject;
import org.gongxue.platform.search.SiteSearchService;
import org.gongxue.search.extraction.ExtractedDocument;
import org.gongxue.search.extraction.TextExtractor;
import org.gongxue.search.index.BulkIndexResult;
import org.gongxue.search.index.ContentHit;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.ContentResults;
import org.gongxue.search.index.SearchDocument;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every part of the platform in one path, inside the running server: a Chinese Word document is
 * stored in the object store, its text extracted by Tika in a child process, indexed into
 * Elasticsearch with the Chinese analysis plugin, found by a Chinese word through the
 * application's search service, and read back by byte range.
 */
@ExtendWith(ArquillianExtension.class)
class EndToEndPipelineIT {

    private static final String ZONE = "zone";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClasses(EndToEndPipelineIT.class, MinimalDocx.class);
    }

    @Inject
    ContentStore store;

    @Inject
    TextExtractor extractor;

    @Inject
    ContentIndex index;

    @Inject
    SiteSearchService search;

    @Test
    void aChineseDocumentIsStoredExtractedIndexedFoundAndReadBackByRange() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] docx = MinimalDocx.of(
                "长三角生态绿色一体化发展示范区干部教育培训共同体",
                "课程讲义：持续推进营商环境优化，服务两区一县高质量发展。");

        StoredObject stored = store.put("it/" + id + "/讲义.docx", new ByteArrayInputStream(docx),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(stored.size()).isEqualTo(docx.length);

        ExtractedDocument extracted;
        try (InputStream content = store.get(stored.key())) {
            extracted = extractor.extract(content, "讲义.docx");
        }
        assertThat(extracted.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(extracted.text()).contains("长三角生态绿色一体化发展示范区", "营商环境优化");

        BulkIndexResult indexed = index.index(List.of(new SearchDocument(id, "material", null, "讲义.docx",
                null, extracted.text(), Set.of(ZONE), Map.of())));
        assertThat(indexed.allSucceeded()).as(indexed.failures().toString()).isTrue();
        index.refresh();

        ContentResults found = search.search("营商环境", Set.of(ZONE), 0);
        assertThat(found.hits()).extracting(ContentHit::id).contains(id);
        ContentHit hit = found.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
        assertThat(String.join(" ", hit.snippets().values().stream().flatMap(List::stream).toList()))
                .contains("<em>");

        ContentResults notForOutsiders = search.search("营商环境", Set.of("locality:QINGPU"), 0);
        assertThat(notForOutsiders.hits()).extracting(ContentHit::id).doesNotContain(id);

        int middle = docx.length / 2;
        try (InputStream range = store.getRange(stored.key(), middle, 100)) {
            assertThat(range.readAllBytes()).isEqualTo(Arrays.copyOfRange(docx, middle, middle + 100));
        }
    }
}
