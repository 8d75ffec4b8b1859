package org.gongxue.library.service.processing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.platform.search.IndexedContent;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.RebuildResult;
import org.gongxue.search.index.RebuildRunningException;
import org.gongxue.search.index.SearchDocument;

/**
 * A platform administrator's rebuild of the whole search index from the database and the
 * object store, in the background: every feature's documents ({@link IndexedContent}: the
 * library's published courses, the forum's visible posts) are read a page at a time and written
 * into a new index while search answers from the old one; the alias then moves to the new one in
 * one step (see {@link ContentIndex#rebuild}). Changes made meanwhile reach both.
 *
 * <p>The progress is this server's: the page that started the rebuild watches it here.
 */
@ApplicationScoped
public class SearchIndexRebuild {

    private static final Logger LOG = Logger.getLogger(SearchIndexRebuild.class.getName());
    @Inject
    @Any
    Instance<IndexedContent> contents;

    @Inject
    ContentIndex index;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.none());

    public RebuildStatus status() {
        return status.get();
    }

    /**
     * Starts a rebuild unless one runs on this server already.
     *
     * @return false when one was running
     */
    public boolean start(Actor actor) {
        requirePlatformAdministrator(actor);
        RebuildStatus before = status.get();
        if (before.isRunning() || !status.compareAndSet(before, RebuildStatus.started(Instant.now()))) {
            return false;
        }
        audit.record(actor, AuditAction.SEARCH_INDEX_REBUILT, "search-index", index.alias());
        executor.execute(this::run);
        return true;
    }

    /**
     * Removes the half-built index of a rebuild that was interrupted (its server stopped), which
     * keeps any other from starting. Only for when no rebuild really runs anywhere.
     */
    public boolean clearInterrupted(Actor actor) throws IOException {
        requirePlatformAdministrator(actor);
        if (status.get().isRunning()) {
            return false;
        }
        boolean cleared = index.cancelRebuild();
        if (cleared) {
            audit.record(actor, AuditAction.SEARCH_INDEX_REBUILT, "search-index", "interrupted rebuild cleared");
        }
        return cleared;
    }

    private void run() {
        try {
            long expected = contents.stream().mapToLong(IndexedContent::countDocuments).sum();
            status.updateAndGet(current -> current.progressed(0, expected));
            RebuildResult result = index.rebuild(expected, this::documents,
                    (done, total) -> status.updateAndGet(current -> current.progressed(done, total)));
            result.failures().forEach(failure -> LOG.warning(() -> "Rebuild: " + failure.id() + " refused: "
                    + failure.type() + " " + failure.reason()));
            LOG.info(() -> "Search index rebuilt into " + result.index() + ": " + result.indexed() + " of "
                    + result.read() + " documents written, " + result.keptNewer() + " newer kept");
            status.updateAndGet(current -> current.finished(result.read(), result.failures().size(), Instant.now()));
        } catch (RebuildRunningException e) {
            status.updateAndGet(current -> current.ended(RebuildStatus.Outcome.ANOTHER_RUNNING, e.getMessage(),
                    Instant.now()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Rebuilding the search index failed; search still answers from the old one", e);
            status.updateAndGet(current -> current.ended(RebuildStatus.Outcome.FAILED, describe(e), Instant.now()));
        }
    }

    /**
     * The documents of every feature, one after the other. Concatenated rather than flat-mapped:
     * the rebuild pulls documents through an iterator, and a flat map would read a whole
     * feature's documents into memory at once.
     */
    private Stream<SearchDocument> documents() {
        return contents.stream().map(IndexedContent::documents).reduce(Stream.empty(), Stream::concat);
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() instanceof ServiceDownException down ? down : e;
        return cause.getMessage();
    }

    private static void requirePlatformAdministrator(Actor actor) {
        if (!actor.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform administrators rebuild the search index");
        }
    }
}
