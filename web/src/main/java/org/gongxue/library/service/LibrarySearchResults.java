package org.gongxue.library.service;

import java.util.List;

/**
 * One page of library search results: courses, each with the lectures' materials where the
 * words were found, and the facets with how many visible matches each value has.
 */
public final class LibrarySearchResults {

    private final String text;
    private final long matches;
    private final long courseCount;
    private final int page;
    private final int pageCount;
    private final List<CourseHit> courses;
    private final List<FacetCounts> facets;

    LibrarySearchResults(String text, long matches, long courseCount, int page, int pageCount, List<CourseHit> courses,
                         List<FacetCounts> facets) {
        this.text = text;
        this.matches = matches;
        this.courseCount = courseCount;
        this.page = page;
        this.pageCount = pageCount;
        this.courses = List.copyOf(courses);
        this.facets = List.copyOf(facets);
    }

    /** The words searched for, as the search used them (cut when very long). */
    public String getText() {
        return text;
    }

    /** Visible documents (courses and materials) that match, on every page. */
    public long getMatches() {
        return matches;
    }

    /** Courses that match, on every page: what the pages count. */
    public long getCourseCount() {
        return courseCount;
    }

    /** Zero-based. */
    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    public List<CourseHit> getCourses() {
        return courses;
    }

    public List<FacetCounts> getFacets() {
        return facets;
    }
}
