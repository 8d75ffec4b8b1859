package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.UnfinishedUpload;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.library.service.MaterialKeys;

/**
 * What the library holds at one moment, inside the server: material rows, upload records, outbox
 * events asking for processing, and in the object store the material prefixes and unfinished
 * multipart uploads. Refused uploads must leave it as it was. Prefixes (by their tokens) are
 * compared as sets that may only shrink, because the outbox may purge a deleted material's
 * objects at any time.
 */
record LibrarySnapshot(long materials, long uploadSessions, long processEvents, Set<String> tokens,
                       Set<String> unfinishedUploads) {

    static LibrarySnapshot take(EntityManager em, ContentStore store) {
        return new LibrarySnapshot(
                count(em, "select count(m) from Material m"),
                count(em, "select count(s) from UploadSession s"),
                em.createQuery("select count(e) from OutboxEvent e where e.topic = :topic", Long.class)
                        .setParameter("topic", LibraryEvents.MATERIAL_PROCESS).getSingleResult(),
                store.listKeys(MaterialKeys.ROOT).stream().map(MaterialKeys::tokenOf).flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                store.listStaleUploads(Instant.now().plus(1, ChronoUnit.DAYS)).stream()
                        .map(UnfinishedUpload::key).filter(key -> key.startsWith(MaterialKeys.ROOT))
                        .collect(Collectors.toSet()));
    }

    /** Nothing was added since {@code before}: no row, no event, no object, no unfinished upload. */
    void assertNothingAddedSince(LibrarySnapshot before) {
        assertThat(materials).as("material rows").isEqualTo(before.materials);
        assertThat(uploadSessions).as("upload records").isEqualTo(before.uploadSessions);
        assertThat(processEvents).as("processing events").isEqualTo(before.processEvents);
        assertThat(before.tokens).as("material prefixes in the store").containsAll(tokens);
        assertThat(before.unfinishedUploads).as("unfinished uploads in the store").containsAll(unfinishedUploads);
    }

    private static long count(EntityManager em, String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
