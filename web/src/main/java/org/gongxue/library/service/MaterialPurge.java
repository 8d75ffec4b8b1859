package org.gongxue.library.service;

import java.util.Objects;

/**
 * What the MATERIAL_PURGE event of a deleted or replaced material names: its id (for its entry in
 * the search index) and the key of its original (for its objects, see {@link org.gongxue.library.service.processing.MaterialObjects}).
 * The row is gone by the time the event is handled, so the key carries both.
 *
 * <p>Whoever deletes a material enqueues {@code MATERIAL_PURGE} with {@link #eventKey()} and, in
 * the same transaction, {@code COURSE_INDEX} for its course (whose facets may change).
 */
public record MaterialPurge(long materialId, String objectKey) {

    private static final char SEPARATOR = ':';
    /** The outbox's event_key column. */
    static final int MAX_EVENT_KEY_LENGTH = 200;

    public MaterialPurge {
        Objects.requireNonNull(objectKey, "objectKey");
        if (materialId <= 0 || objectKey.isBlank()) {
            throw new IllegalArgumentException("not a material to purge: " + materialId + " " + objectKey);
        }
        if (eventKeyOf(materialId, objectKey).length() > MAX_EVENT_KEY_LENGTH) {
            throw new IllegalArgumentException("object key too long for an outbox event: " + objectKey);
        }
    }

    /** {@code <material id>:<object key>}: the id has no colon, so the first one separates them. */
    public String eventKey() {
        return eventKeyOf(materialId, objectKey);
    }

    public static MaterialPurge parse(String eventKey) {
        int separator = eventKey.indexOf(SEPARATOR);
        if (separator < 1) {
            throw new IllegalArgumentException("not a material purge key: " + eventKey);
        }
        return new MaterialPurge(Long.parseLong(eventKey.substring(0, separator)), eventKey.substring(separator + 1));
    }

    private static String eventKeyOf(long materialId, String objectKey) {
        return Long.toString(materialId) + SEPARATOR + objectKey;
    }
}
