package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.search.extraction.ExtractedDocument;
import org.gongxue.search.extraction.ExtractionException;
import org.gongxue.search.extraction.MetadataName;
import org.gongxue.search.extraction.TextExtractor;

/**
 * Documents and slides: their text, extracted by Tika in a child process (with time and write
 * limits), stored beside the original for the index; their pages or slides counted.
 */
@ApplicationScoped
public class DocumentTexts {

    @Inject
    TextExtractor extractor;

    @Inject
    DerivedObjects derived;

    ProcessedMaterial process(MaterialWork work, InputStream content)
            throws UnprocessableMaterialException, ServiceDownException {
        ExtractedDocument document;
        try {
            document = extractor.extract(content, work.originalName());
        } catch (ExtractionException e) {
            throw new UnprocessableMaterialException(ExtractionProblems.of(e), e.getMessage(), e);
        }
        StoredText text = StoredText.of(document);
        String textKey = text.isBlank() ? null
                : derived.put(work.objectKey(), MaterialObjects.Derived.TEXT, text.toJson());
        ProcessingNote note = text.isBlank() ? ProcessingNote.NO_TEXT
                : document.truncated() ? ProcessingNote.TEXT_TRUNCATED : null;
        return new ProcessedMaterial(document.mediaType(), textKey, null, null, null, null, sectionCount(document),
                note);
    }

    /** Pages, slides or sheets: as many as the extractor numbered, or as many as the document says it has. */
    private static Integer sectionCount(ExtractedDocument document) {
        if (!document.sections().isEmpty()) {
            return document.sections().get(document.sections().size() - 1).number();
        }
        String pages = document.metadata(MetadataName.PAGE_COUNT);
        try {
            return pages == null ? null : Integer.valueOf(pages);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
