package org.gongxue.library.service;

import java.time.Instant;
import java.util.List;

/**
 * A course in search results: what a reader needs to choose it, and its materials where the words
 * were found. Snippets are HTML-escaped text with the words found in {@code <em>}: safe to render
 * as HTML.
 */
public final class CourseHit {

    private final long courseId;
    private final String title;
    private final String titleSnippet;
    private final List<String> snippets;
    private final String topicCode;
    private final String localityCode;
    private final List<String> lecturers;
    private final long viewCount;
    private final Instant publishedAt;
    private final List<MaterialHit> materials;

    CourseHit(long courseId, String title, String titleSnippet, List<String> snippets, String topicCode,
              String localityCode, List<String> lecturers, long viewCount, Instant publishedAt,
              List<MaterialHit> materials) {
        this.courseId = courseId;
        this.title = title;
        this.titleSnippet = titleSnippet;
        this.snippets = List.copyOf(snippets);
        this.topicCode = topicCode;
        this.localityCode = localityCode;
        this.lecturers = List.copyOf(lecturers);
        this.viewCount = viewCount;
        this.publishedAt = publishedAt;
        this.materials = List.copyOf(materials);
    }

    public long getCourseId() {
        return courseId;
    }

    /** The title as plain text (escape it). */
    public String getTitle() {
        return title;
    }

    /** The title with the words found marked, or null when the words are elsewhere. */
    public String getTitleSnippet() {
        return titleSnippet;
    }

    /** Passages of the summary and description around the words found. */
    public List<String> getSnippets() {
        return snippets;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public List<String> getLecturers() {
        return lecturers;
    }

    public long getViewCount() {
        return viewCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<MaterialHit> getMaterials() {
        return materials;
    }
}
