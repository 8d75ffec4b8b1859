package org.gongxue.search.extraction;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Tika found in one document.
 *
 * @param mediaType           the type detected from the bytes (and the name hint), without
 *                            parameters, e.g. {@code application/pdf}
 * @param text                the document's whole text, at most the write limit long
 * @param truncated           whether text was cut off at the write limit
 * @param metadata            the useful metadata, keyed by {@link MetadataName#key()}; absent
 *                            names are absent keys
 * @param sections            the text of each page, slide or sheet, for formats that have them
 *                            (PDF, PowerPoint, Excel), in order; empty for the others (Word,
 *                            HTML, text). Part of {@code text}, not in addition to it.
 * @param textOutsideSections the part of {@code text} that is in no section (slide notes,
 *                            text beyond {@value SectionedTextHandler#MAX_SECTIONS} pages); all
 *                            of {@code text} when there are no sections. With the sections it
 *                            makes up the whole text, each character once: what to index beside them.
 */
public record ExtractedDocument(String mediaType, String text, boolean truncated, Map<String, String> metadata,
        List<Section> sections, String textOutsideSections) {

    public ExtractedDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        metadata = Map.copyOf(metadata);
        sections = List.copyOf(sections);
        Objects.requireNonNull(textOutsideSections, "textOutsideSections");
    }

    /** A document without sections: all its text is outside them. */
    public ExtractedDocument(String mediaType, String text, boolean truncated, Map<String, String> metadata) {
        this(mediaType, text, truncated, metadata, List.of(), text);
    }

    /** The value of one metadata name, or null. */
    public String metadata(MetadataName name) {
        return metadata.get(name.key());
    }
}
