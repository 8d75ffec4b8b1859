package org.gongxue.forum.service.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.ChunkedUpload;
import org.gongxue.platform.upload.CompletedUpload;
import org.gongxue.platform.upload.FileKind;
import org.gongxue.platform.upload.UploadRefusedException;
import org.gongxue.platform.upload.UploadSessions;

/**
 * Attaches files to posts through the platform's upload engine, with the library's checks: the
 * kind's size limit and a usable name before a byte is stored, the type detected from the bytes
 * (first chunk, then the whole file) against the kind's allow-list. A refused file changes
 * nothing: its parts are abandoned and no row is written; a row that cannot be written takes its
 * object with it.
 */
@ApplicationScoped
public class AttachmentService {

    static final String KEY_PREFIX = "forum/attachments/";

    @Inject
    UploadSessions uploads;

    @Inject
    ContentStore store;

    @Inject
    AttachmentRecords records;

    /**
     * @param size the file's length in bytes, as the request declares it
     * @throws UploadRefusedException             a file the engine refuses (reason says why)
     * @throws org.gongxue.platform.access.AccessDeniedException not the post's author or moderator
     */
    public AttachmentView attach(Actor actor, long postId, String fileName, long size, InputStream body) {
        records.requireAttachable(actor, postId);
        ChunkedUpload upload = uploads.start(kindOf(fileName), KEY_PREFIX + postId + "/", fileName, size);
        CompletedUpload stored;
        try {
            send(upload, body);
            stored = uploads.complete(upload);
        } catch (RuntimeException e) {
            uploads.cancel(upload);
            throw e;
        }
        try {
            return records.record(actor, postId, stored);
        } catch (RuntimeException e) {
            store.delete(stored.objectKey());
            throw e;
        }
    }

    /** One chunk in memory at a time, each exactly as long as its part. */
    private void send(ChunkedUpload upload, InputStream body) {
        try {
            for (int part = 1; part <= upload.partCount(); part++) {
                byte[] chunk = body.readNBytes(Math.toIntExact(upload.lengthOf(part)));
                uploads.putChunk(upload, part, new ByteArrayInputStream(chunk), chunk.length);
            }
            if (body.read() != -1) {
                throw new UploadRefusedException(UploadRefusedException.Reason.WRONG_CHUNK_LENGTH,
                        "the file is longer than the " + upload.size() + " bytes declared");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kind whose allow-list the file must pass, by what its name says it is: slides and
     * pictures as the library takes them, anything else as a document (PDF, Office, text).
     */
    static FileKind kindOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(pptx?|ppsx|odp)$")) {
            return FileKind.SLIDES;
        }
        return name.matches(".*\\.(png|jpe?g|webp)$") ? FileKind.IMAGE : FileKind.DOCUMENT;
    }
}
