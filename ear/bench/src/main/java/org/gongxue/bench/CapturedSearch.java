package org.gongxue.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentSearcher;
import org.gongxue.search.index.SearchSettings;

/**
 * The exact request the platform's {@link ContentSearcher} sends to Elasticsearch for a query,
 * caught on its way out of the typed client. A baseline that sends these very bytes asks the
 * node for the same work by construction, so a ratio measures the platform's own code, not the
 * difference between its query and a hand-written copy that drifts from it.
 *
 * @param method     the HTTP method, e.g. POST
 * @param path       e.g. /gongxue-content/_search
 * @param parameters the query string parameters the client adds (e.g. typed_keys)
 * @param body       the JSON body
 */
record CapturedSearch(String method, String path, Map<String, String> parameters, byte[] body) {

    /** Runs {@code query} through ContentSearcher once, against the real node, and keeps its request. */
    static CapturedSearch of(URI elasticsearch, String alias, ContentQuery query) throws IOException {
        try (RestClient rest = RestClient.builder(HttpHost.create(elasticsearch.toString())).build()) {
            Recorder recorder = new Recorder(new RestClientHttpClient(rest));
            ElasticsearchClient client = new ElasticsearchClient(
                    new ElasticsearchTransportBase(recorder, null, new JacksonJsonpMapper()) {
                    });
            new ContentSearcher(client, new SearchSettings(elasticsearch, null, null, alias)).search(query);
            if (recorder.captured == null) {
                throw new IllegalStateException("ContentSearcher sent no request for '" + query.text() + "'");
            }
            return recorder.captured;
        }
    }

    /**
     * The same request without the named parts of its body, each a dotted path of object fields
     * (e.g. {@code collapse.inner_hits.highlight}); a path that is not there is ignored. For
     * finding out what each part of the request costs the node.
     */
    CapturedSearch without(List<String> paths) {
        ObjectMapper json = new ObjectMapper();
        try {
            ObjectNode request = (ObjectNode) json.readTree(body);
            for (String part : paths) {
                String[] fields = part.split("\\.");
                JsonNode parent = request;
                for (int i = 0; i < fields.length - 1; i++) {
                    parent = parent.path(fields[i]);
                }
                if (parent instanceof ObjectNode object) {
                    object.remove(fields[fields.length - 1]);
                }
            }
            return new CapturedSearch(method, path, parameters, json.writeValueAsBytes(request));
        } catch (IOException e) {
            throw new UncheckedIOException("the captured request is not JSON", e);
        }
    }

    /** Passes every request on, keeping a copy of the last one. */
    private static final class Recorder implements TransportHttpClient {

        private final TransportHttpClient delegate;
        private CapturedSearch captured;

        Recorder(TransportHttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
                throws IOException {
            captured = copy(request);
            return delegate.performRequest(endpointId, node, request, options);
        }

        @Override
        public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                               TransportOptions options) {
            captured = copy(request);
            return delegate.performRequestAsync(endpointId, node, request, options);
        }

        @Override
        public TransportOptions createOptions(TransportOptions options) {
            return delegate.createOptions(options);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }

        private static CapturedSearch copy(Request request) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (request.body() != null) {
                for (ByteBuffer buffer : request.body()) {
                    // A duplicate: reading must not move the buffer the real request still sends.
                    ByteBuffer view = buffer.duplicate();
                    byte[] bytes = new byte[view.remaining()];
                    view.get(bytes);
                    body.writeBytes(bytes);
                }
            }
            return new CapturedSearch(request.method(), request.path(), Map.copyOf(request.queryParams()),
                    body.toByteArray());
        }
    }
}
