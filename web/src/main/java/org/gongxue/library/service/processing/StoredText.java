package org.gongxue.library.service.processing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongxue.search.extraction.ExtractedDocument;
import org.gongxue.search.extraction.Section;

/**
 * A document's text as it is kept beside the original ({@link MaterialObjects.Derived#TEXT}):
 * JSON with the text of each page, slide or sheet and the rest, so that the index can be built
 * again with the page numbers without parsing the document again.
 *
 * @param outsideSections the text in no section
 * @param sections        the text of each numbered section
 */
public record StoredText(String outsideSections, List<Page> sections) {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One section as stored: a class JSON-B writes and reads without configuration. */
    public record Page(int number, String text) {
    }

    public StoredText {
        outsideSections = outsideSections == null ? "" : outsideSections;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    static StoredText of(ExtractedDocument document) {
        return new StoredText(document.textOutsideSections(),
                document.sections().stream().map(section -> new Page(section.number(), section.text())).toList());
    }

    static StoredText read(InputStream json) {
        return JSON.fromJson(json, StoredText.class);
    }

    public byte[] toJson() {
        return JSON.toJson(this).getBytes(StandardCharsets.UTF_8);
    }

    boolean isBlank() {
        return outsideSections.isBlank() && sections.stream().allMatch(page -> page.text().isBlank());
    }

    MaterialContent content() {
        return new MaterialContent(outsideSections,
                sections.stream().map(page -> new Section(page.number(), page.text())).toList(), List.of());
    }
}
