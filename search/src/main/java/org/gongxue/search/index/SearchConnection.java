package org.gongxue.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * One HTTP connection pool to the cluster and the typed client over it. Create one per
 * application and close it on shutdown; the client is thread-safe.
 */
public final class SearchConnection implements AutoCloseable {

    private final RestClient restClient;
    private final ElasticsearchClient client;

    private SearchConnection(RestClient restClient) {
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    public static SearchConnection open(SearchSettings settings) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(settings.url().toString()));
        settings.username().ifPresent(username -> {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(username, settings.password().orElseThrow()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        });
        return new SearchConnection(builder.build());
    }

    public ElasticsearchClient client() {
        return client;
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the Elasticsearch connection", e);
        }
    }
}
