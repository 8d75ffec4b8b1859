package org.gongxue.search.index;

/** The orders a reader can choose for a hit list. */
public enum ContentSort {
    /** Best match first (the default). */
    RELEVANCE,
    /** Latest {@code published_at} first; documents without a date last. */
    NEWEST,
    /** Most {@code views} first; documents without a count last. */
    MOST_WATCHED
}
