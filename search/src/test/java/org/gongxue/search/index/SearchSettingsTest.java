package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    private static final URI URL = URI.create("http://127.0.0.1:9200");

    @Test
    void refusesAnAliasElasticsearchWouldRefuse() {
        assertThatThrownBy(() -> new SearchSettings(URL, null, null, "Gongxue Content"))
                .hasMessageContaining(SearchSettings.INDEX);
    }

    @Test
    void needsUsernameAndPasswordTogether() {
        assertThatThrownBy(() -> new SearchSettings(URL, "elastic", null, "gongxue-content"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new SearchSettings(URL, "elastic", "s3cret", "gongxue-content").toString()).doesNotContain("s3cret");
    }
}
