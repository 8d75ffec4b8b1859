package org.gongxue.search.index;

import java.util.Set;

/**
 * What a reader has typed so far, for suggestions as they type.
 *
 * @param prefix     the text typed so far; blank asks for nothing
 * @param audiences  the reader's audiences: only what they may see is suggested
 * @param titleKinds the kinds of document whose titles are suggested, e.g. course; empty means all
 * @param limit      at most this many titles and this many lecturers, 1 to {@value #MAX_LIMIT}
 */
public record SuggestionQuery(String prefix, Set<String> audiences, Set<String> titleKinds, int limit) {

    public static final int MAX_LIMIT = 20;
    /** A suggestion is for the start of a query: longer input is cut like query text. */
    public static final int MAX_PREFIX_LENGTH = 50;

    public SuggestionQuery {
        prefix = FacetInput.truncate(prefix == null ? "" : prefix.strip(), MAX_PREFIX_LENGTH);
        audiences = Set.copyOf(audiences);
        titleKinds = Set.copyOf(titleKinds);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("suggestion limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}
