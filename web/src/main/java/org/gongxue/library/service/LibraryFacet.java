package org.gongxue.library.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets a reader narrows library search results by. Each is a keyword field of every
 * indexed course and material document ({@code facets.<indexName>}), written by the indexing
 * of a course and read by search; the values are codes where the platform has codes (shown
 * through the bundle key {@code <labelPrefix><value>}) and names or years where it has none.
 */
public enum LibraryFacet {

    /** The course's topic code (专题). */
    TOPIC("topic", "topic."),
    /** The abilities (七种能力) the course trains: {@link org.gongxue.library.model.Ability} names. */
    ABILITY("ability", "ability."),
    /** The owning locality's code. */
    LOCALITY("locality", "locality."),
    /** Each lecturer's name, as shown. */
    LECTURER("lecturer", null),
    /** The slots of the materials: {@link org.gongxue.library.model.MaterialSlot} names. */
    MATERIAL_TYPE("materialType", "materialSlot."),
    /** The year of publication, four digits. */
    YEAR("year", null);

    private final String indexName;
    private final String labelPrefix;

    LibraryFacet(String indexName, String labelPrefix) {
        this.indexName = indexName;
        this.labelPrefix = labelPrefix;
    }

    /** The facet's name in the index and in addresses ({@code ?topic=…&year=…}). */
    public String indexName() {
        return indexName;
    }

    /** The bundle key of the facet's own heading. */
    public String headingKey() {
        return "library.reader.facet." + indexName;
    }

    /** The bundle key that names a value, or empty when the value is its own label (names, years). */
    public Optional<String> labelKey(String value) {
        return labelPrefix == null ? Optional.empty() : Optional.of(labelPrefix + value);
    }

    public static Optional<LibraryFacet> byIndexName(String name) {
        return Arrays.stream(values()).filter(facet -> facet.indexName.equals(name)).findFirst();
    }
}
