package org.gongxue.search.index;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The Elasticsearch node the build starts for the integration tests, and a fresh alias per
 * test class so that classes neither see nor disturb each other's documents.
 */
final class TestNode implements AutoCloseable {

    final SearchSettings settings;
    final SearchConnection connection;
    final ContentIndex index;

    private TestNode(String aliasPrefix) {
        String url = System.getProperty("gongxue.test.elasticsearch.url");
        if (url == null) {
            throw new IllegalStateException("gongxue.test.elasticsearch.url is not set: run the ITs through Maven (failsafe)");
        }
        String alias = aliasPrefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        this.settings = new SearchSettings(URI.create(url), null, null, alias);
        this.connection = SearchConnection.open(settings);
        this.index = new ContentIndex(connection.client(), settings);
    }

    static TestNode withFreshAlias(String aliasPrefix) {
        return new TestNode(aliasPrefix);
    }

    /** A fresh alias whose index holds these documents, searchable at once. */
    static TestNode holding(String aliasPrefix, List<SearchDocument> documents) throws IOException {
        TestNode node = new TestNode(aliasPrefix);
        node.index.ensureCreated();
        BulkIndexResult result = node.index.index(documents);
        if (!result.allSucceeded()) {
            throw new IllegalStateException("the test node rejected documents: " + result.failures());
        }
        node.index.refresh();
        return node;
    }

    @Override
    public void close() throws IOException {
        // Every generation, as rebuilds create more than the first (wildcard deletes are refused).
        for (String generation : connection.client().indices().get(g -> g.index(index.alias() + "-v*")).result().keySet()) {
            connection.client().indices().delete(d -> d.index(generation).ignoreUnavailable(true));
        }
        connection.close();
    }
}
