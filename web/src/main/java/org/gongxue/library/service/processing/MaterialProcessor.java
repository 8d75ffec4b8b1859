package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.contentstore.ObjectInfo;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.platform.upload.DetectedType;
import org.gongxue.platform.upload.FileKind;

/**
 * Makes what a material's slot needs from its original: text for documents and slides, cues for
 * subtitles, poster and web-ready copy for videos; pictures are used as uploaded.
 */
@ApplicationScoped
public class MaterialProcessor {

    @Inject
    ContentStore store;

    @Inject
    DocumentTexts documents;

    @Inject
    SubtitleCues subtitles;

    @Inject
    VideoMedia videos;

    /**
     * @throws UnprocessableMaterialException when the file itself is the problem
     * @throws ServiceDownException           when the object store could not be reached
     */
    public ProcessedMaterial process(MaterialWork work) throws UnprocessableMaterialException, ServiceDownException {
        ObjectInfo original = stat(work);
        if (original.size() == 0) {
            throw new UnprocessableMaterialException(ProcessingProblem.EMPTY, work.objectKey() + " has no bytes", null);
        }
        DetectedType type = detect(work, original);
        return switch (work.slot()) {
            case DOCUMENT, SLIDES, SUBTITLE -> read(work, type);
            case VIDEO -> videos.process(work, type);
            case IMAGE -> ProcessedMaterial.asUploaded(type.mediaType(), null);
        };
    }

    /**
     * The type the first bytes say, which must be one the slot takes: whatever route the file
     * came by, an executable named .pdf is not processed as a document.
     */
    private DetectedType detect(MaterialWork work, ObjectInfo original)
            throws UnprocessableMaterialException, ServiceDownException {
        byte[] head;
        try (InputStream in = store.getRange(work.objectKey(), 0, Math.min(original.size(), DetectedType.HEAD_BYTES))) {
            head = in.readAllBytes();
        } catch (ContentStoreException e) {
            Unreachable.throwIfObjectStoreDown(e);
            throw e;
        } catch (IOException e) {
            throw new ServiceDownException(Unreachable.OBJECT_STORE, e);
        }
        DetectedType type = DetectedType.of(head, work.originalName());
        if (!FileKind.valueOf(work.slot().name()).allows(type)) {
            throw new UnprocessableMaterialException(ProcessingProblem.WRONG_TYPE, "'" + work.originalName()
                    + "' is " + type.mediaType() + ", not a file for the " + work.slot() + " slot", null);
        }
        return type;
    }

    private ObjectInfo stat(MaterialWork work) throws UnprocessableMaterialException, ServiceDownException {
        try {
            return store.stat(work.objectKey());
        } catch (ObjectNotFoundException e) {
            throw new UnprocessableMaterialException(ProcessingProblem.MISSING_ORIGINAL, e.getMessage(), e);
        } catch (ContentStoreException e) {
            Unreachable.throwIfObjectStoreDown(e);
            throw e;
        }
    }

    /** Streams the original through the slot's parser; a stream that breaks off is the store's fault, not the file's. */
    private ProcessedMaterial read(MaterialWork work, DetectedType type) throws UnprocessableMaterialException, ServiceDownException {
        SourceStream source = open(work);
        try (source) {
            return work.slot() == MaterialSlot.SUBTITLE
                    ? subtitles.process(work, type, source) : documents.process(work, source);
        } catch (UnprocessableMaterialException e) {
            if (source.failure() != null) {
                throw new ServiceDownException(Unreachable.OBJECT_STORE, source.failure());
            }
            throw e;
        } catch (IOException e) {
            // Only reading (or closing) the original throws it.
            throw new ServiceDownException(Unreachable.OBJECT_STORE, e);
        }
    }

    private SourceStream open(MaterialWork work) throws ServiceDownException {
        try {
            return new SourceStream(store.get(work.objectKey()));
        } catch (ContentStoreException e) {
            Unreachable.throwIfObjectStoreDown(e);
            throw e;
        }
    }
}
