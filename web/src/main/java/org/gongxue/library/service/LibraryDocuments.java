package org.gongxue.library.service;

import java.util.OptionalLong;

/**
 * How the library appears in the search index: the kinds of document and their ids. Indexing
 * writes documents by these rules and search reads hits back by them, so both live here.
 *
 * <p>A course is one document ({@code course-<id>}, no parent); each material of its lectures is
 * one more ({@code material-<id>}) whose parent is the course's document, so that results group
 * by course. Every document carries the course's audience and the facets of {@link LibraryFacet}.
 */
public final class LibraryDocuments {

    public static final String COURSE_KIND = "course";
    public static final String MATERIAL_KIND = "material";

    private static final String COURSE_PREFIX = COURSE_KIND + "-";
    private static final String MATERIAL_PREFIX = MATERIAL_KIND + "-";

    private LibraryDocuments() {
    }

    public static String courseId(long courseId) {
        return COURSE_PREFIX + courseId;
    }

    public static String materialId(long materialId) {
        return MATERIAL_PREFIX + materialId;
    }

    /** The course a document id names; empty for ids of anything else. */
    public static OptionalLong courseOf(String documentId) {
        return number(documentId, COURSE_PREFIX);
    }

    /** The material a document id names; empty for ids of anything else. */
    public static OptionalLong materialOf(String documentId) {
        return number(documentId, MATERIAL_PREFIX);
    }

    private static OptionalLong number(String documentId, String prefix) {
        if (documentId == null || !documentId.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(documentId.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
