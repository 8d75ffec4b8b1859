package org.gongxue.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The content index: creates it behind its alias and writes documents into it.
 *
 * <p>Reads and writes use the alias ({@code gongxue-content}); the index behind it carries the
 * mapping's version ({@code gongxue-content-v1}), so that a rebuild can fill a new version and
 * swap the alias while search keeps running.
 */
public final class ContentIndex {

    /** The version of content-v&lt;N&gt;.json this code writes and queries. */
    static final int MAPPING_VERSION = 1;
    private static final String MAPPING_RESOURCE = "content-v" + MAPPING_VERSION + ".json";

    private final ElasticsearchClient client;
    private final String alias;

    public ContentIndex(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.alias = settings.indexAlias();
    }

    public String alias() {
        return alias;
    }

    /** The concrete index this version of the code creates behind the alias. */
    public String versionedName() {
        return alias + "-v" + MAPPING_VERSION;
    }

    /**
     * Creates the versioned index with its alias unless the alias exists already; safe to call
     * on every start-up and from several servers at once.
     *
     * <p>When the alias exists, the mapping's fields are put on the index behind it: fields
     * added to content-v{@value #MAPPING_VERSION}.json since that index was created (such as
     * {@code published_at}, {@code views}, {@code title.keyword}) are added in place, so an
     * index created by older code keeps working without a rebuild. Only a change Elasticsearch
     * cannot make in place (a field's type or analyzer) needs a new version and a rebuild.
     * Documents indexed before a field existed have no value in it until they are indexed again.
     *
     * @return true when this call created the index
     */
    public boolean ensureCreated() throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            addNewFieldsInPlace();
            return false;
        }
        try (InputStream definition = ContentIndex.class.getResourceAsStream(MAPPING_RESOURCE)) {
            if (definition == null) {
                throw new IllegalStateException("missing resource " + MAPPING_RESOURCE);
            }
            // Index and alias in one request: no moment exists where the index is there
            // without its alias.
            client.indices().create(c -> c.withJson(definition).index(versionedName()).aliases(alias, a -> a));
            return true;
        } catch (ElasticsearchException e) {
            // Another server created it between our check and our request: that is success.
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return false;
            }
            throw e;
        }
    }

    // Putting a mapping is idempotent and additive: fields already there with the same
    // definition are left alone, so every server may do it on every start-up.
    private void addNewFieldsInPlace() throws IOException {
        JsonNode mappings;
        try (InputStream definition = ContentIndex.class.getResourceAsStream(MAPPING_RESOURCE)) {
            if (definition == null) {
                throw new IllegalStateException("missing resource " + MAPPING_RESOURCE);
            }
            mappings = new ObjectMapper().readTree(definition).path("mappings");
        }
        byte[] body = new ObjectMapper().writeValueAsBytes(mappings);
        try (InputStream json = new ByteArrayInputStream(body)) {
            client.indices().putMapping(p -> p.withJson(json).index(alias));
        }
    }

    /** The concrete indices the alias points to. */
    public Set<String> indicesBehindAlias() throws IOException {
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return response.result().keySet();
    }

    /**
     * Indexes (inserts or replaces by id) the documents in one bulk request. Documents that
     * Elasticsearch rejects are reported in the result, not thrown: the others are indexed.
     */
    public BulkIndexResult index(Collection<SearchDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return new BulkIndexResult(0, List.of());
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (SearchDocument document : documents) {
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(alias).id(document.id()).document(document))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        List<BulkIndexResult.Failure> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                failures.add(new BulkIndexResult.Failure(item.id(), item.error().type(), item.error().reason()));
            }
        }
        return new BulkIndexResult(documents.size() - failures.size(), failures);
    }

    /** @return false when no document had this id */
    public boolean delete(String id) throws IOException {
        return client.delete(d -> d.index(alias).id(id)).result() == Result.Deleted;
    }

    /**
     * Makes everything indexed so far visible to search now rather than within a second.
     * For tests and administrative rebuilds; normal writes rely on the periodic refresh.
     */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }
}
