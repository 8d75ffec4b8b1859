package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SearchHealthProbeIT {

    @Test
    void reportsTheRunningNodeAsUsable() throws Exception {
        try (TestNode node = TestNode.withFreshAlias("it-health")) {
            SearchHealth health = new SearchHealthProbe(node.connection.client()).check();

            assertThat(health.usable()).isTrue();
            assertThat(health.status()).isIn("green", "yellow");
        }
    }

    @Test
    void reportsANodeThatDoesNotAnswerAsUnreachable() {
        // Port 9 (discard) is closed on a build machine: the connection is refused at once.
        SearchSettings nowhere = new SearchSettings(URI.create("http://127.0.0.1:9"), null, null, "gongxue-content");
        try (SearchConnection connection = SearchConnection.open(nowhere)) {
            SearchHealth health = new SearchHealthProbe(connection.client()).check();

            assertThat(health.usable()).isFalse();
            assertThat(health.status()).isEqualTo("unreachable");
        }
    }
}
