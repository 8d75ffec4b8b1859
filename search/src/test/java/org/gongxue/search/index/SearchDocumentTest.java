package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.search.extraction.Section;
import org.gongxue.search.subtitles.Cue;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {

    private static final SearchDocument LECTURE = new SearchDocument("m-1", "material", "c-1", "第一讲", null, null,
            Set.of("zone"), Map.of());

    @Test
    void storesCuesByTheirStartSecondAndSectionsByNumber() throws Exception {
        SearchDocument document = LECTURE.withCues(List.of(new Cue(65_900, 69_000, "营商环境")))
                .withSections(List.of(new Section(3, "第三页")));

        JsonNode json = new ObjectMapper().valueToTree(document);

        assertThat(json.path("cues").toString()).isEqualTo("[{\"start\":65,\"text\":\"营商环境\"}]");
        assertThat(json.path("sections").toString()).isEqualTo("[{\"number\":3,\"text\":\"第三页\"}]");
        assertThat(json.path("group_id").asText()).isEqualTo("c-1");
    }

    @Test
    void leavesOutCuesAndSectionsItDoesNotHave() {
        JsonNode json = new ObjectMapper().valueToTree(LECTURE);

        assertThat(json.has("cues")).isFalse();
        assertThat(json.has("sections")).isFalse();
    }

    @Test
    void refusesMoreCuesAndSectionsThanTheIndexTakesPerDocument() {
        List<Cue> cues = Collections.nCopies(SearchDocument.MAX_CUES_AND_SECTIONS, new Cue(0, 1, "字"));
        SearchDocument full = LECTURE.withCues(cues);

        assertThat(full.cues()).hasSize(SearchDocument.MAX_CUES_AND_SECTIONS);
        assertThatThrownBy(() -> full.withSections(List.of(new Section(1, "一页"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m-1");
    }
}
