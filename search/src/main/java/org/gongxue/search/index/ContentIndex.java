package org.gongxue.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The content index: creates it behind its alias, writes documents into it, and rebuilds it.
 *
 * <p>Reads and writes use the alias ({@code gongxue-content}); the index behind it is a
 * numbered generation ({@code gongxue-content-v1}, {@code -v2} after a rebuild, …), so that a
 * rebuild can fill the next generation and swap the alias while search keeps running.
 *
 * <p><b>Writes during a rebuild.</b> While a rebuild runs, the index it fills carries a second
 * alias, {@code <alias>-rebuilding}, which every server's writes look for: {@link #index} and
 * {@link #delete} then write to both the live index and the one being built, so nothing written
 * during the rebuild is missing after the swap. The rebuild itself only <em>creates</em>
 * documents: a document a live write put there first is newer than the rebuild's copy (which
 * may have been read from the database before that write) and is kept. A live delete leaves a
 * tombstone in the index being built (a document with no audience, which no search can see),
 * so the rebuild cannot bring back what was deleted; tombstones are removed after the swap.
 */
public final class ContentIndex {

    private static final String MAPPING_RESOURCE = "content-v1.json";
    private static final String GENERATION = "-v";
    private static final String REBUILDING = "-rebuilding";
    /** The kind of a deletion remembered in an index being rebuilt; never a caller's kind. */
    static final String TOMBSTONE_KIND = "gongxue-deleted";

    private final ElasticsearchClient client;
    private final String alias;

    public ContentIndex(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.alias = settings.indexAlias();
    }

    public String alias() {
        return alias;
    }

    /** The first generation, the index {@link #ensureCreated()} creates behind a new alias. */
    public String versionedName() {
        return generationName(1);
    }

    String generationName(int generation) {
        return alias + GENERATION + generation;
    }

    /** The alias that marks the index a rebuild is filling, while it runs. */
    String rebuildingAlias() {
        return alias + REBUILDING;
    }

    /**
     * Creates the first generation with its alias unless the alias exists already; safe to call
     * on every start-up and from several servers at once.
     *
     * <p>When the alias exists, the mapping's fields are put on the index behind it: fields
     * added to content-v1.json since that index was created (such as {@code published_at},
     * {@code cues}, {@code sections}) are added in place, so an index created by older code
     * keeps working without a rebuild. Only a change Elasticsearch cannot make in place (a
     * field's type or analyzer) needs a rebuild. Documents indexed before a field existed have
     * no value in it until they are indexed again.
     *
     * @return true when this call created the index
     */
    public boolean ensureCreated() throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            addNewFieldsInPlace();
            return false;
        }
        try (InputStream definition = mappingDefinition()) {
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
        try (InputStream definition = mappingDefinition()) {
            mappings = new ObjectMapper().readTree(definition).path("mappings");
        }
        byte[] body = new ObjectMapper().writeValueAsBytes(mappings);
        try (InputStream json = new ByteArrayInputStream(body)) {
            client.indices().putMapping(p -> p.withJson(json).index(alias));
        }
    }

    /** The settings and mappings every generation is created with. */
    static InputStream mappingDefinition() {
        InputStream definition = ContentIndex.class.getResourceAsStream(MAPPING_RESOURCE);
        if (definition == null) {
            throw new IllegalStateException("missing resource " + MAPPING_RESOURCE);
        }
        return definition;
    }

    /** The concrete indices the alias points to. */
    public Set<String> indicesBehindAlias() throws IOException {
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return response.result().keySet();
    }

    /**
     * Indexes (inserts or replaces by id) the documents in one bulk request, into the index
     * being rebuilt as well while a rebuild runs. Documents that Elasticsearch rejects are
     * reported in the result, not thrown: the others are indexed.
     */
    public BulkIndexResult index(Collection<SearchDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return new BulkIndexResult(0, List.of());
        }
        boolean rebuilding = rebuildRunning();
        List<BulkOperation> operations = new ArrayList<>(documents.size() * (rebuilding ? 2 : 1));
        for (SearchDocument document : documents) {
            operations.add(indexOperation(alias, document.id(), document));
            if (rebuilding) {
                operations.add(indexOperation(rebuildingAlias(), document.id(), document));
            }
        }
        return result(documents.size(), client.bulk(b -> b.operations(operations)), rebuilding);
    }

    /**
     * Deletes the document (and, while a rebuild runs, leaves its tombstone in the index being
     * built, so that the rebuild cannot bring it back).
     *
     * @return false when no document had this id
     */
    public boolean delete(String id) throws IOException {
        return delete(List.of(id)) == 1;
    }

    /**
     * Deletes the documents in one bulk request, as {@link #delete(String)} does each: a course
     * that leaves the index takes all its materials' documents with it, and one request per
     * document made that cost a round trip each (two while checking for a rebuild).
     *
     * @return how many of the ids named a document
     */
    public int delete(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return 0;
        }
        boolean rebuilding = rebuildRunning();
        List<BulkOperation> operations = new ArrayList<>(ids.size() * (rebuilding ? 2 : 1));
        for (String id : ids) {
            operations.add(BulkOperation.of(o -> o.delete(d -> d.index(alias).id(id))));
            if (rebuilding) {
                operations.add(indexOperation(rebuildingAlias(), id, Map.of("id", id, "kind", TOMBSTONE_KIND)));
            }
        }
        List<BulkResponseItem> items = client.bulk(b -> b.operations(operations)).items();
        int deleted = 0;
        // The live index's item of each id; a tombstone's (every second item while rebuilding) may fail as in index().
        for (int i = 0; i < items.size(); i += rebuilding ? 2 : 1) {
            BulkResponseItem live = items.get(i);
            if (live.error() != null) {
                throw new IOException("deleting " + live.id() + " failed: " + live.error().type() + ": "
                        + live.error().reason());
            }
            if (live.status() == 200) {
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Fills the next generation from the documents the caller supplies, swaps the alias to it
     * in one atomic step and deletes the previous generation. Search answers from the previous
     * generation until the swap; writes meanwhile reach both (see the class comment).
     *
     * <p>Documents the node rejects are reported in the result and the swap still happens: one
     * bad document must not keep every other from being rebuilt. If anything else fails (the
     * source throws, the node goes away) the new generation is deleted, the alias is left as it
     * was, and the exception is thrown.
     *
     * @param expectedTotal how many documents the source will give, for progress
     * @param source        opened after the new generation exists, so that a write committed
     *                      before the rebuild started is in what it reads; read once, lazily
     *                      (a database cursor, not a list read beforehand), and closed
     * @param progress      told after every batch, from the calling thread
     * @throws RebuildRunningException when another rebuild runs (or one was interrupted: see
     *                                 {@link #cancelRebuild()})
     */
    public RebuildResult rebuild(long expectedTotal, Supplier<? extends Stream<SearchDocument>> source,
            RebuildProgress progress) throws IOException {
        return new IndexRebuild(client, this).run(expectedTotal, source, progress);
    }

    /**
     * Deletes the index a rebuild was filling, for a rebuild that was interrupted (its server
     * stopped) and so blocks the next one. Never call it while a rebuild really runs.
     *
     * @return false when no rebuild was running
     */
    public boolean cancelRebuild() throws IOException {
        if (!rebuildRunning()) {
            return false;
        }
        Set<String> building = client.indices().getAlias(a -> a.name(rebuildingAlias())).result().keySet();
        for (String index : building) {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
        return true;
    }

    /**
     * Makes everything indexed so far visible to search now rather than within a second.
     * For tests and administrative rebuilds; normal writes rely on the periodic refresh.
     */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }

    boolean rebuildRunning() throws IOException {
        return client.indices().existsAlias(a -> a.name(rebuildingAlias())).value();
    }

    /**
     * Writes only through an existing alias: a write that races the end of a rebuild finds the
     * rebuilding alias gone and fails, instead of creating an index of that name with mappings
     * guessed from the document (which would also block every later rebuild).
     */
    private static BulkOperation indexOperation(String target, String id, Object document) {
        return BulkOperation.of(o -> o.index(i -> i.index(target).id(id).document(document).requireAlias(true)));
    }

    /**
     * One result per document: its failure on the live index, or else on the index being
     * rebuilt (every second item while rebuilding). That the rebuilding alias vanished between
     * the check and the write is no failure: the rebuild has swapped, and the write to the
     * alias reached the new generation.
     */
    private static BulkIndexResult result(int documents, BulkResponse response, boolean rebuilding) {
        Map<String, BulkIndexResult.Failure> failures = new LinkedHashMap<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            boolean toRebuilding = rebuilding && i % 2 == 1;
            if (item.error() != null && !(toRebuilding && "index_not_found_exception".equals(item.error().type()))) {
                failures.putIfAbsent(item.id(), new BulkIndexResult.Failure(item.id(), item.error().type(),
                        item.error().reason()));
            }
        }
        return new BulkIndexResult(documents - failures.size(), List.copyOf(failures.values()));
    }
}
