package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.UploadSession;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.ChunkedUpload;
import org.gongxue.platform.upload.CompletedUpload;
import org.gongxue.platform.upload.UploadRefusedException;
import org.gongxue.platform.upload.UploadRefusedException.Reason;
import org.gongxue.platform.upload.UploadSessions;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Materials uploaded in chunks, resumable after any interruption (the protocol of /api/uploads):
 * the library's rules (who may add what to which lecture) over the platform's upload engine
 * (chunks as parts of an S3 multipart upload, type from the bytes, size limits per kind).
 *
 * <p>An upload is a record (upload_session, named by a random token that also names the prefix
 * of its objects) plus the parts the store holds. Only its creator can send to it, ask about
 * it, complete or cancel it. Completing it registers the material, its outbox event and the end
 * of the record in one transaction; anything that fails on the way takes the stored object
 * with it, and what a crash leaves behind the sweeper removes (see OrphanSweep).
 */
@ApplicationScoped
public class UploadService {

    private static final Logger LOG = Logger.getLogger(UploadService.class.getName());
    /** After these the upload cannot go on: the engine aborted it or the store no longer has it. */
    private static final Set<Reason> FINAL = EnumSet.of(Reason.TYPE_NOT_ALLOWED, Reason.UPLOAD_GONE);

    @Inject
    UploadSessions engine;

    @Inject
    UploadRecords uploads;

    @Inject
    MaterialRecords materials;

    @Inject
    MaterialService materialService;

    @Inject
    LibraryUploadSettings settings;

    /** Starts an upload; nothing is stored yet but the record and an empty multipart upload. */
    public UploadProgress start(Actor actor, UploadRequest request) {
        requireComplete(request);
        MaterialSlot slot = materials.admit(actor, request.lectureId(), request.slot(), request.replacesMaterialId());
        String token = MaterialKeys.newToken();
        ChunkedUpload upload = engine.start(SlotKinds.of(slot), MaterialKeys.prefix(token), request.fileName(),
                request.size());
        Instant now = Instant.now();
        try {
            uploads.save(new UploadSession(token, request.lectureId(), slot, upload.displayName(), upload.size(),
                    upload.chunkSize(), upload.objectKey(), upload.uploadId().value(), request.replacesMaterialId(),
                    actor.personId(), now, now.plus(settings.sessionLifetime())));
        } catch (RuntimeException e) {
            cancelQuietly(upload);
            throw e;
        }
        return progress(token, upload, List.of());
    }

    /** What the store holds of the upload: a client resuming sends the missing parts. */
    public UploadProgress progress(Actor actor, String id) {
        UploadSession session = uploads.owned(actor, id);
        ChunkedUpload upload = UploadRecords.chunked(session);
        return progress(id, upload, ending(id, () -> engine.status(upload)).receivedParts());
    }

    /** Stores one chunk; sending a part again replaces it. */
    public void putPart(Actor actor, String id, int part, InputStream body, long length) {
        ChunkedUpload upload = UploadRecords.chunked(uploads.owned(actor, id));
        ending(id, () -> engine.putChunk(upload, part, body, length));
        uploads.extend(id, Instant.now().plus(settings.sessionLifetime()));
    }

    /**
     * Assembles the parts, checks the type of the whole, and records the material with its
     * processing event. Asking again after an answer that was lost answers the same.
     */
    public UploadResult complete(Actor actor, String id) {
        UploadSession session;
        try {
            session = uploads.owned(actor, id);
        } catch (UploadRefusedException gone) {
            return materials.uploadedUnder(actor, id).map(m -> new UploadResult(m.getId(), m.getState()))
                    .orElseThrow(() -> gone);
        }
        CompletedUpload done = ending(id, () -> engine.complete(UploadRecords.chunked(session)));
        try {
            MaterialView material = materialService.keep(actor, new NewMaterial(session.getLectureId(),
                    session.getSlot(), done.displayName(), done.objectKey(), done.type().mediaType(), done.size(),
                    session.getReplacesMaterialId(), id));
            return new UploadResult(material.getId(), material.getState());
        } catch (RuntimeException e) {
            // Refused now (rights changed, the lecture went) or the database failed: the object is gone, so is the upload.
            forgetQuietly(id);
            throw e;
        }
    }

    /** Abandons the upload: the store discards its parts, the record goes. */
    public void cancel(Actor actor, String id) {
        engine.cancel(UploadRecords.chunked(uploads.owned(actor, id)));
        uploads.delete(id);
    }

    private static void requireComplete(UploadRequest request) {
        if (request.lectureId() == null) {
            throw InvalidInputException.of("lectureId", "library.teach.upload.lectureRequired");
        }
        if (request.size() == null) {
            throw InvalidInputException.of("size", "library.teach.upload.sizeRequired");
        }
    }

    /** Runs an engine call; when it says the upload cannot go on, the record goes too. */
    private <T> T ending(String id, Supplier<T> call) {
        try {
            return call.get();
        } catch (UploadRefusedException e) {
            if (FINAL.contains(e.reason())) {
                uploads.delete(id);
            }
            throw e;
        }
    }

    private static UploadProgress progress(String id, ChunkedUpload upload, List<Integer> received) {
        List<Integer> missing = upload.missingParts(received);
        return new UploadProgress(id, upload.size(), upload.chunkSize(), upload.partCount(), received, missing,
                missing.isEmpty() ? UploadProgress.COMPLETE_TO_ASK : UploadProgress.RECEIVING);
    }

    private void cancelQuietly(ChunkedUpload upload) {
        try {
            engine.cancel(upload);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not abort upload " + upload.uploadId() + "; the sweeper will", e);
        }
    }

    private void forgetQuietly(String id) {
        try {
            uploads.delete(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete upload record " + id + "; the sweeper will", e);
        }
    }
}
