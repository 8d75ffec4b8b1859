package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
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
        request.setEntity(jsonEntity(definition));
        client.performRequest(request);
    }

    void deleteIndexIfExists(String index) throws IOException {
        Request request = new Request("DELETE", "/" + index);
        request.addParameter("ignore_unavailable", "true");
        client.performRequest(request);
    }

    /** One bulk request of index actions; returns the number of items the node rejected. */
    int bulkIndex(String alias, List<SearchDocument> documents) throws IOException {
        Map<String, Object> sources = new LinkedHashMap<>();
        for (SearchDocument document : documents) {
            sources.put(document.id(), asMap(document));
        }
        return bulkIndexSources(alias, sources);
    }

    /** One bulk request indexing each source under its id; returns the number of items the node rejected. */
    int bulkIndexSources(String alias, Map<String, ?> sourcesById) throws IOException {
        StringBuilder body = new StringBuilder(sourcesById.size() * 512);
        for (Map.Entry<String, ?> source : sourcesById.entrySet()) {
            body.append("{\"index\":{\"_index\":").append(json.writeValueAsString(alias))
                    .append(",\"_id\":").append(json.writeValueAsString(source.getKey())).append("}}\n");
            body.append(json.writeValueAsString(source.getValue())).append('\n');
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

    /** How many documents of the alias have one of {@code values} in the keyword {@code field}. */
    long count(String alias, String field, Collection<String> values) throws IOException {
        Request request = new Request("POST", "/" + alias + "/_count");
        request.setEntity(jsonEntity(Map.of("query", Map.of("terms", Map.of(field, values)))));
        return read(client.performRequest(request)).path("count").asLong();
    }

    /**
     * The stored sources of every document of the alias with one of {@code values} in the keyword
     * {@code field}, by id: pages of 1,000 in id order.
     */
    Map<String, JsonNode> sources(String alias, String field, Collection<String> values) throws IOException {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        List<Object> after = null;
        while (true) {
            Map<String, Object> search = new LinkedHashMap<>();
            search.put("size", 1000);
            search.put("query", Map.of("terms", Map.of(field, values)));
            search.put("sort", List.of(Map.of("id", "asc")));
            if (after != null) {
                search.put("search_after", after);
            }
            Request request = new Request("POST", "/" + alias + "/_search");
            request.setEntity(jsonEntity(search));
            JsonNode hits = read(client.performRequest(request)).path("hits").path("hits");
            if (hits.isEmpty()) {
                return sources;
            }
            for (JsonNode hit : hits) {
                sources.put(hit.path("_id").asText(), hit.path("_source"));
            }
            after = List.of(hits.get(hits.size() - 1).path("sort").get(0).asText());
        }
    }

    private ByteArrayEntity jsonEntity(Object body) throws IOException {
        return new ByteArrayEntity(json.writeValueAsBytes(body), ContentType.APPLICATION_JSON);
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
