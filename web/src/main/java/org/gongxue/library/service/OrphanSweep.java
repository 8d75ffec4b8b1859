package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ObjectInfo;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.library.model.UploadSession;
import org.gongxue.platform.upload.StoredObjectClaims;
import org.gongxue.platform.upload.UploadSessions;

/**
 * Removes what uploads leave behind when they do not finish: expired upload records with the
 * parts the store holds for them; multipart uploads no record claims (a crash between starting
 * one and committing its record); and objects under the materials' root that no material or
 * upload claims, and under every other feature's root (StoredObjectClaims: course covers, event
 * files) that its records do not name (a crash between storing a file and recording it, a
 * material deleted while processing still wrote to its prefix, a replaced cover not deleted). Anything without a record is left alone until it
 * is older than the grace period, so that an upload that is just now storing its bytes is never
 * taken for an orphan. Idempotent: several servers may sweep at once.
 */
@ApplicationScoped
public class OrphanSweep {

    private static final Logger LOG = Logger.getLogger(OrphanSweep.class.getName());

    @Inject
    UploadRecords uploads;

    @Inject
    UploadSessions engine;

    @Inject
    ContentStore store;

    @Inject
    @Any
    Instance<StoredObjectClaims> otherRoots;

    @Inject
    LibraryUploadSettings settings;

    /** What one sweep removed. */
    public record Swept(int expiredUploads, int abandonedUploads, int orphanObjects) {
    }

    /** Sweeps as of {@code now}: what expired or is older than the grace period before it goes. */
    public Swept sweep(Instant now) {
        int expired = 0;
        for (UploadSession session : uploads.expiredAt(now)) {
            try {
                engine.cancel(UploadRecords.chunked(session));
                uploads.delete(session.getId());
                expired++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not sweep expired upload " + session.getId() + "; next time", e);
            }
        }
        Instant graceStart = now.minus(settings.orphanGrace());
        Set<String> claimedTokens = uploads.claimedTokens();
        Predicate<String> materialClaimed = key -> MaterialKeys.tokenOf(key).map(claimedTokens::contains).orElse(false);
        int abandoned = abortAbandoned(MaterialKeys.ROOT, graceStart, materialClaimed);
        int objects = deleteUnclaimed(MaterialKeys.ROOT, graceStart, materialClaimed);
        for (StoredObjectClaims claims : otherRoots) {
            Set<String> claimed = claims.claimedKeys();
            abandoned += abortAbandoned(claims.root(), graceStart, claimed::contains);
            objects += deleteUnclaimed(claims.root(), graceStart, claimed::contains);
        }
        return new Swept(expired, abandoned, objects);
    }

    /** Multipart uploads no record claims: a crash while a chunked upload started or a whole file was stored. */
    private int abortAbandoned(String root, Instant graceStart, Predicate<String> claimed) {
        return engine.abortAbandoned(root, graceStart, upload -> claimed.test(upload.key()));
    }

    private int deleteUnclaimed(String root, Instant graceStart, Predicate<String> claimed) {
        int deleted = 0;
        for (String key : store.listKeys(root)) {
            if (!claimed.test(key) && olderThan(key, graceStart)) {
                store.delete(key);
                deleted++;
            }
        }
        return deleted;
    }

    private boolean olderThan(String key, Instant instant) {
        try {
            ObjectInfo info = store.stat(key);
            return info.lastModified() != null && info.lastModified().isBefore(instant);
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }
}
