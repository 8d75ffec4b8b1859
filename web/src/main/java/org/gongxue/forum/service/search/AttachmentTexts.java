package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.forum.model.Attachment;
import org.gongxue.search.extraction.ExtractionException;
import org.gongxue.search.extraction.TextExtractor;

/**
 * Reads the text of an attachment with the platform's extractor (Tika in a child JVM, with its
 * time and write limits). A file that cannot be parsed has no text: trying again would not help.
 */
@ApplicationScoped
public class AttachmentTexts {

    private static final Logger LOG = Logger.getLogger(AttachmentTexts.class.getName());

    @Inject
    ContentStore store;

    @Inject
    TextExtractor extractor;

    String read(Attachment attachment) throws IOException {
        try (InputStream content = store.get(attachment.getObjectKey())) {
            String text = extractor.extract(content, attachment.getFileName()).text();
            return text == null ? "" : text.strip();
        } catch (ExtractionException e) {
            LOG.log(Level.INFO, "Attachment {0} ({1}) has no readable text: {2}",
                    new Object[] {attachment.getId(), attachment.getMediaType(), e.getMessage()});
            return "";
        }
    }
}
