package org.gongxue.search.extraction;

import java.util.Map;
import java.util.Objects;

/**
 * What Tika found in one document.
 *
 * @param mediaType the type detected from the bytes (and the name hint), without parameters,
 *                  e.g. {@code application/pdf}
 * @param text      the document's text, at most the write limit long
 * @param truncated whether text was cut off at the write limit
 * @param metadata  the useful metadata, keyed by {@link MetadataName#key()}; absent names are
 *                  absent keys
 */
public record ExtractedDocument(String mediaType, String text, boolean truncated, Map<String, String> metadata) {

    public ExtractedDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
    }

    /** The value of one metadata name, or null. */
    public String metadata(MetadataName name) {
        return metadata.get(name.key());
    }
}
