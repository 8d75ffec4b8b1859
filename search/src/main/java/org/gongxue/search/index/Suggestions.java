package org.gongxue.search.index;

import java.util.List;

/**
 * Suggestions for what a reader is typing, each list distinct and best first.
 *
 * @param titles    titles of visible documents of the asked kinds
 * @param lecturers lecturer names (the {@code lecturer} facet) of visible documents
 */
public record Suggestions(List<String> titles, List<String> lecturers) {

    public static final Suggestions NONE = new Suggestions(List.of(), List.of());

    public Suggestions {
        titles = List.copyOf(titles);
        lecturers = List.copyOf(lecturers);
    }
}
