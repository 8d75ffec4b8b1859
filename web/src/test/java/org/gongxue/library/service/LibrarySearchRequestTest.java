package org.gongxue.library.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;
import org.gongxue.search.index.ContentSort;
import org.junit.jupiter.api.Test;

class LibrarySearchRequestTest {

    @Test
    void readsWordsFacetsOrderAndPageFromAnAddress() {
        LibrarySearchRequest request = LibrarySearchRequest.fromParameters(Map.of(
                "q", List.of("营商环境"),
                "topic", List.of("BUSINESS_ENVIRONMENT", "ECO_GREEN"),
                "year", List.of("2026"),
                "sort", List.of("most-watched"),
                "page", List.of("3"),
                "unrelated", List.of("ignored")));

        assertThat(request.text()).isEqualTo("营商环境");
        assertThat(request.selected()).isEqualTo(Map.of(
                LibraryFacet.TOPIC, Set.of("BUSINESS_ENVIRONMENT", "ECO_GREEN"), LibraryFacet.YEAR, Set.of("2026")));
        assertThat(request.sort()).isEqualTo(ContentSort.MOST_WATCHED);
        assertThat(request.page()).isEqualTo(2);
    }

    @Test
    void anEmptyAddressIsTheFirstPageOfEverythingByRelevance() {
        LibrarySearchRequest request = LibrarySearchRequest.fromParameters(Map.of());

        assertThat(request.text()).isEmpty();
        assertThat(request.selected()).isEmpty();
        assertThat(request.sort()).isEqualTo(ContentSort.RELEVANCE);
        assertThat(request.page()).isZero();
    }

    @Test
    void oddWordsAreKeptAsTypedForTheSearchToTakeAsWords() {
        String odd = "\"营商 * : 🚀 ((";

        assertThat(LibrarySearchRequest.fromParameters(Map.of("q", List.of(odd))).text()).isEqualTo(odd);
    }

    @Test
    void anOrderOrPageThatIsNoneIsRefusedWithBothProblems() {
        assertThatThrownBy(() -> LibrarySearchRequest.fromParameters(Map.of(
                "sort", List.of("cheapest"), "page", List.of("0"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey)
                        .containsExactly("library.reader.search.badSort", "library.reader.search.badPage"));
        assertThatThrownBy(() -> LibrarySearchRequest.fromParameters(Map.of("page", List.of("two"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> LibrarySearchRequest.fromParameters(Map.of("page", List.of("99999999999999"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyOrderHasAnAddressNameThatReadsBack() {
        for (ContentSort sort : ContentSort.values()) {
            assertThat(LibrarySearchRequest.sortOf(LibrarySearchRequest.sortName(sort))).isEqualTo(sort);
        }
    }
}
