package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpHost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.gongxue.search.index.SearchDocument;

/**
 * The baseline for indexing and search: Elasticsearch's low-level REST client with JSON built
 * from plain maps by Jackson, the least a Java program can do to talk to the node. The
 * platform's typed client runs over the same low-level client, so a ratio shows what the typed
 * layer and the platform's code add.
 */
final class RawElasticsearch implements AutoCloseable {

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);
    /** The platform's mapping, read from the search module's own resource: same analysis, same fields. */
    private static final String MAPPING_RESOURCE = "org/gongxue/search/index/content-v1.json";

    private final RestClient client;
    private final ObjectMapper json = new ObjectMapper();

    RawElasticsearch(URI url) {
        this.client = RestClient.builder(HttpHost.create(url.toString())).build();
    }

    /** Creates {@code index} with the platform's mapping and {@code alias} pointing to it. */
    void createIndex(String index, String alias) throws IOException {
        ObjectNode definition;
        try (InputStream in = RawElasticsearch.class.getClassLoader().getResourceAsStream(MAPPING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MAPPING_RESOURCE + " on the class path");
            }
            definition = (ObjectNode) json.readTree(in);
        }
        definition.putObject("aliases").putObject(alias);
        Request request = new Request("PUT", "/" + index);
        request.setEntity(new ByteArrayEntity(json.writeValueAsBytes(definition), ContentType.APPLICATION_JSON));
        client.performRequest(request);
    }

    void deleteIndexIfExists(String index) throws IOException {
        Request request = new Request("DELETE", "/" + index);
        request.addParameter("ignore_unavailable", "true");
        client.performRequest(request);
    }

    /** One bulk request of index actions; returns the number of items the node rejected. */
    int bulkIndex(String alias, List<SearchDocument> documents) throws IOException {
        StringBuilder body = new StringBuilder(documents.size() * 512);
        for (SearchDocument document : documents) {
            body.append("{\"index\":{\"_index\":").append(json.writeValueAsString(alias))
                    .append(",\"_id\":").append(json.writeValueAsString(document.id())).append("}}\n");
            body.append(json.writeValueAsString(asMap(document))).append('\n');
        }
        Request request = new Request("POST", "/_bulk");
        request.setEntity(new ByteArrayEntity(body.toString().getBytes(StandardCharsets.UTF_8), NDJSON));
        JsonNode response = read(client.performRequest(request));
        // Reads the items like the platform does, so both pay for looking at the response.
        int rejected = 0;
        for (JsonNode item : response.path("items")) {
            if (item.path("index").has("error")) {
                rejected++;
            }
        }
        return rejected;
    }

    /**
     * Waits until the node has no segment merges running on the index, then refreshes it. After
     * a bulk load the node merges segments for a while; hits of equal score come back in the
     * order of the segments, so until the merges are done the same request can order ties
     * differently, and the timings share the machine with them.
     */
    void settle(String alias) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            JsonNode stats = read(client.performRequest(new Request("GET", "/" + alias + "/_stats/merge")));
            if (stats.path("_all").path("total").path("merges").path("current").asLong() == 0) {
                break;
            }
            Thread.sleep(500);
        }
        client.performRequest(new Request("POST", "/" + alias + "/_refresh"));
    }

    /** Sends a request caught from the platform's client, byte for byte; returns the parsed response. */
    JsonNode replay(CapturedSearch captured) throws IOException {
        Request request = new Request(captured.method(), captured.path());
        request.addParameters(captured.parameters());
        request.setEntity(new ByteArrayEntity(captured.body(), ContentType.APPLICATION_JSON));
        return read(client.performRequest(request));
    }

    private JsonNode read(Response response) throws IOException {
        try (InputStream in = response.getEntity().getContent()) {
            return json.readTree(in);
        }
    }

    /** The document as the platform stores it, as a plain map. */
    private static Map<String, Object> asMap(SearchDocument document) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", document.id());
        source.put("kind", document.kind());
        if (document.parentId() != null) {
            source.put("parent_id", document.parentId());
        }
        source.put("title", document.title());
        source.put("summary", document.summary());
        source.put("body", document.body());
        source.put("audience", document.audience());
        source.put("facets", document.facets());
        return source;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
