package org.gongxue.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.io.IOException;

/**
 * Asks the cluster for its health. Cluster health rather than the client's info(): the
 * embedded distribution answers {@code GET /} with 405.
 */
public final class SearchHealthProbe {

    private final ElasticsearchClient client;

    public SearchHealthProbe(ElasticsearchClient client) {
        this.client = client;
    }

    /** Never throws: an unreachable cluster is a health result, not an error. */
    public SearchHealth check() {
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(Time.of(t -> t.time("2s"))));
            // Yellow is normal for one node: replicas have nowhere to go, but every shard answers.
            boolean usable = health.status() != HealthStatus.Red;
            return new SearchHealth(usable, health.status().jsonValue(), "cluster " + health.clusterName());
        } catch (IOException | RuntimeException e) {
            return new SearchHealth(false, "unreachable", e.toString());
        }
    }
}
