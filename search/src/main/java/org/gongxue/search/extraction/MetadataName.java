package org.gongxue.search.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The metadata worth keeping from Tika's many keys, under plain names. Where formats disagree
 * on the key (pages of a PDF, a DOCX and a PPTX), the first one present wins.
 */
public enum MetadataName {
    TITLE("title", TikaCoreProperties.TITLE),
    AUTHOR("author", TikaCoreProperties.CREATOR),
    CREATED("created", TikaCoreProperties.CREATED),
    MODIFIED("modified", TikaCoreProperties.MODIFIED),
    PAGE_COUNT("pageCount", PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT),
    LANGUAGE("language", TikaCoreProperties.LANGUAGE),
    /** The character set of a text document, as detected (e.g. GB18030 for GBK text). */
    ENCODING("encoding", Metadata.CONTENT_ENCODING);

    private final String key;
    private final List<String> tikaKeys;

    MetadataName(String key, Property... tikaProperties) {
        this(key, Stream.of(tikaProperties).map(Property::getName).toArray(String[]::new));
    }

    MetadataName(String key, String... tikaKeys) {
        this.key = key;
        this.tikaKeys = List.of(tikaKeys);
    }

    /** The name in {@link ExtractedDocument#metadata()}. */
    public String key() {
        return key;
    }

    static Map<String, String> summarize(Metadata metadata) {
        Map<String, String> summary = new LinkedHashMap<>();
        for (MetadataName name : values()) {
            name.tikaKeys.stream()
                    .map(metadata::get)
                    .filter(value -> value != null && !value.isBlank())
                    .findFirst()
                    .ifPresent(value -> summary.put(name.key, value.strip()));
        }
        return summary;
    }
}
