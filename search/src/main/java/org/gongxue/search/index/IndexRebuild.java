package org.gongxue.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One run of {@link ContentIndex#rebuild}: create the next generation, fill it, swap, clean up. */
final class IndexRebuild {

    /** Documents per bulk request: enough to keep the node busy, few enough to bound memory. */
    static final int BATCH_DOCUMENTS = 500;
    /** Characters of text per bulk request, for documents with long bodies, transcripts or pages. */
    static final long BATCH_CHARACTERS = 4_000_000;
    private static final int TOMBSTONES_PER_SWEEP = 1_000;

    private final ElasticsearchClient client;
    private final ContentIndex index;
    private long read;
    private long indexed;
    private long keptNewer;
    private final List<BulkIndexResult.Failure> failures = new ArrayList<>();

    IndexRebuild(ElasticsearchClient client, ContentIndex index) {
        this.client = client;
        this.index = index;
    }

    RebuildResult run(long expectedTotal, Supplier<? extends Stream<SearchDocument>> source, RebuildProgress progress)
            throws IOException {
        Set<String> live = liveIndices();
        String next = createNextGeneration();
        try (Stream<SearchDocument> documents = source.get()) {
            fill(next, documents.iterator(), expectedTotal, progress);
            client.indices().refresh(r -> r.index(next));
            swap(live, next);
        } catch (IOException | RuntimeException e) {
            // Search never left the old generation: drop the new one, so the next rebuild can start.
            deleteQuietly(next, e);
            throw e;
        }
        for (String old : live) {
            client.indices().delete(d -> d.index(old).ignoreUnavailable(true));
        }
        sweepTombstones();
        return new RebuildResult(next, read, indexed, keptNewer, failures);
    }

    private Set<String> liveIndices() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(index.alias())).value()) {
            return Set.of();
        }
        return index.indicesBehindAlias();
    }

    /**
     * The generation after the highest that exists (not only the live one: an interrupted run
     * may have left a higher one). Its creation is the lock: two rebuilds pick the same name,
     * and the node creates it once.
     */
    private String createNextGeneration() throws IOException {
        if (index.rebuildRunning()) {
            throw new RebuildRunningException(index.rebuildingAlias());
        }
        Pattern generation = Pattern.compile(Pattern.quote(index.alias()) + "-v(\\d+)");
        int highest = 0;
        for (String name : client.indices().get(g -> g.index(index.alias() + "-v*")).result().keySet()) {
            Matcher matcher = generation.matcher(name);
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        String next = index.generationName(highest + 1);
        try (InputStream definition = ContentIndex.mappingDefinition()) {
            client.indices().create(c -> c.withJson(definition).index(next).aliases(index.rebuildingAlias(), a -> a));
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                throw new RebuildRunningException(next);
            }
            throw e;
        }
        return next;
    }

    private void fill(String next, Iterator<SearchDocument> documents, long expectedTotal, RebuildProgress progress)
            throws IOException {
        List<SearchDocument> batch = new ArrayList<>();
        long batchCharacters = 0;
        while (documents.hasNext()) {
            SearchDocument document = documents.next();
            batch.add(document);
            batchCharacters += characters(document);
            if (batch.size() >= BATCH_DOCUMENTS || batchCharacters >= BATCH_CHARACTERS) {
                write(next, batch);
                progress.documentsDone(read, expectedTotal);
                batch.clear();
                batchCharacters = 0;
            }
        }
        if (!batch.isEmpty()) {
            write(next, batch);
        }
        progress.documentsDone(read, expectedTotal);
    }

    /** Create, never replace: what a live write put there during the rebuild is newer. */
    private void write(String next, List<SearchDocument> batch) throws IOException {
        List<BulkOperation> operations = new ArrayList<>(batch.size());
        for (SearchDocument document : batch) {
            operations.add(BulkOperation.of(o -> o.create(c -> c.index(next).id(document.id()).document(document))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        read += batch.size();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                indexed++;
            } else if (item.status() == 409) {
                keptNewer++;
            } else {
                failures.add(new BulkIndexResult.Failure(item.id(), item.error().type(), item.error().reason()));
            }
        }
    }

    private static long characters(SearchDocument document) {
        long characters = length(document.title()) + length(document.summary()) + length(document.body());
        for (var cue : document.cues()) {
            characters += cue.text().length();
        }
        for (var section : document.sections()) {
            characters += section.text().length();
        }
        return characters;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** One request: no reader ever finds the alias on both generations, or on none. */
    private void swap(Set<String> live, String next) throws IOException {
        client.indices().updateAliases(u -> {
            for (String old : live) {
                u.actions(a -> a.remove(r -> r.index(old).alias(index.alias())));
            }
            return u.actions(a -> a.add(add -> add.index(next).alias(index.alias())))
                    .actions(a -> a.remove(r -> r.index(next).alias(index.rebuildingAlias())));
        });
    }

    /**
     * Removes the deletions remembered during the rebuild. Each tombstone is deleted only if it
     * is still the tombstone found (sequence number and primary term), so a document indexed
     * again under the same id since is never lost. Tombstones are invisible to every search,
     * so one left behind by a failure here does no harm; the next rebuild drops it.
     */
    private void sweepTombstones() throws IOException {
        client.indices().refresh(r -> r.index(index.alias()));
        boolean more = true;
        while (more) {
            SearchResponse<JsonData> found = client.search(s -> s
                    .index(index.alias())
                    .query(q -> q.term(t -> t.field("kind").value(FieldValue.of(ContentIndex.TOMBSTONE_KIND))))
                    .size(TOMBSTONES_PER_SWEEP)
                    .source(src -> src.fetch(false))
                    .seqNoPrimaryTerm(true), JsonData.class);
            List<Hit<JsonData>> tombstones = found.hits().hits();
            if (tombstones.isEmpty()) {
                return;
            }
            List<BulkOperation> deletions = new ArrayList<>();
            for (Hit<JsonData> tombstone : tombstones) {
                deletions.add(BulkOperation.of(o -> o.delete(d -> d.index(tombstone.index()).id(tombstone.id())
                        .ifSeqNo(tombstone.seqNo()).ifPrimaryTerm(tombstone.primaryTerm()))));
            }
            BulkResponse response = client.bulk(b -> b.operations(deletions).refresh(Refresh.True));
            // A full page may hide more; a page of which nothing could be deleted would come again.
            more = tombstones.size() == TOMBSTONES_PER_SWEEP
                    && response.items().stream().anyMatch(item -> item.error() == null);
        }
    }

    private void deleteQuietly(String next, Exception cause) {
        try {
            client.indices().delete(d -> d.index(next).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
