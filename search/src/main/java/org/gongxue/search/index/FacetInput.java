package org.gongxue.search.index;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for facet names and values that come from a reader's request (a URL, a form): they
 * are checked here so that odd input is refused with a clear message or cleaned, and never
 * reaches Elasticsearch as a field path or wildcard it would fail on.
 */
final class FacetInput {

    /**
     * A facet name is one path segment under {@code facets.}: no dots (another object), no
     * wildcards or spaces (a field pattern, not a field).
     */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** More facets than any page shows; each counted facet is one more aggregation. */
    static final int MAX_FACETS = 20;
    /** More values than anyone ticks in one facet; each is one more term to match. */
    static final int MAX_VALUES_PER_FACET = 100;
    /** Longer values are cut like query text: no real topic or name is longer. */
    static final int MAX_VALUE_LENGTH = 200;

    private FacetInput() {}

    static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a facet name (letters, digits, _ and -, at most 64): " + name);
        }
        return name;
    }

    static Set<String> checkedNames(Collection<String> names) {
        Set<String> checked = new LinkedHashSet<>();
        for (String name : Objects.requireNonNull(names, "facet names")) {
            checked.add(checkedName(name));
        }
        if (checked.size() > MAX_FACETS) {
            throw new IllegalArgumentException("at most " + MAX_FACETS + " facets: " + checked.size());
        }
        return Set.copyOf(checked);
    }

    /** The values stripped and cut; blank and null values mean nothing and are dropped. */
    static Set<String> cleanedValues(String facet, Collection<String> values) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String value : Objects.requireNonNull(values, "facet values")) {
            if (value != null && !value.isBlank()) {
                cleaned.add(truncate(value.strip(), MAX_VALUE_LENGTH));
            }
        }
        if (cleaned.size() > MAX_VALUES_PER_FACET) {
            throw new IllegalArgumentException("at most " + MAX_VALUES_PER_FACET + " values of facet " + facet
                    + ": " + cleaned.size());
        }
        return Set.copyOf(cleaned);
    }

    // Cuts at a code point boundary, so that an emoji or rare character is never split in half.
    static String truncate(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
