package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContentQueryTest {

    @Test
    void cutsLongTextAtACodePointBoundary() {
        String text = "a".repeat(ContentQuery.MAX_TEXT_LENGTH - 1) + "😀😀";

        String kept = ContentQuery.firstPage(text, Set.of()).text();

        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(ContentQuery.MAX_TEXT_LENGTH);
        assertThat(kept).endsWith("😀");
    }

    @Test
    void treatsMissingTextAsBlank() {
        assertThat(ContentQuery.firstPage(null, Set.of("zone")).text()).isEmpty();
        assertThat(ContentQuery.firstPage("  干部  ", Set.of("zone")).text()).isEqualTo("干部");
    }

    @Test
    void keepsItsKindsThroughEveryChange() {
        ContentQuery posts = ContentQuery.firstPage("", Set.of("zone")).ofKinds(List.of("post"));

        assertThat(posts.groupingByParent().sortedBy(ContentSort.NEWEST).counting(Set.of("space"))
                .selecting("space", Set.of("委员会")).kinds()).containsExactly("post");
        assertThat(ContentQuery.firstPage("", Set.of("zone")).kinds()).as("every kind").isEmpty();
    }

    @Test
    void refusesPagesElasticsearchWouldRefuse() {
        assertThatThrownBy(() -> new ContentQuery("", Set.of(), -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentQuery("", Set.of(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentQuery("", Set.of(), 0, ContentQuery.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentQuery("", Set.of(), 100, 100))
                .hasMessageContaining("first 10000 hits");
        assertThat(new ContentQuery("", Set.of(), 99, 100).from()).isEqualTo(9_900);
    }

    @Test
    void keepsFacetSelectionsCleanAndDropsEmptyOnes() {
        ContentQuery query = ContentQuery.firstPage("", Set.of("zone"))
                .selecting("locality", Arrays.asList(" 青浦 ", "", null, "青浦"))
                .selecting("topic", List.of("  "));

        assertThat(query.selectedFacets()).containsExactly(Map.entry("locality", Set.of("青浦")));
        assertThat(query.sort()).isEqualTo(ContentSort.RELEVANCE);
        assertThat(query.groupedByParent()).isFalse();
    }

    @Test
    void refusesMoreFacetsOrValuesThanAnyPageSends() {
        ContentQuery query = ContentQuery.firstPage("", Set.of("zone"));
        List<String> tooManyFacets = IntStream.rangeClosed(0, FacetInput.MAX_FACETS).mapToObj(i -> "f" + i).toList();
        List<String> tooManyValues = IntStream.rangeClosed(0, FacetInput.MAX_VALUES_PER_FACET).mapToObj(i -> "v" + i).toList();

        assertThatThrownBy(() -> query.counting(tooManyFacets)).hasMessageContaining("at most " + FacetInput.MAX_FACETS);
        assertThatThrownBy(() -> query.selecting("topic", tooManyValues))
                .hasMessageContaining("at most " + FacetInput.MAX_VALUES_PER_FACET);
    }
}
