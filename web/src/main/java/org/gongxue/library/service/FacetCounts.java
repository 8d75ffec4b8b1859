package org.gongxue.library.service;

import java.util.List;

/** One facet of a result page: its values, most frequent first, with counts of visible matches. */
public final class FacetCounts {

    private final LibraryFacet facet;
    private final List<FacetValue> values;

    FacetCounts(LibraryFacet facet, List<FacetValue> values) {
        this.facet = facet;
        this.values = List.copyOf(values);
    }

    /** The facet's name in addresses and in the index. */
    public String getName() {
        return facet.indexName();
    }

    public String getHeadingKey() {
        return facet.headingKey();
    }

    public List<FacetValue> getValues() {
        return values;
    }

    LibraryFacet facet() {
        return facet;
    }

    /** A value of a facet: how many visible matches carry it, and whether the reader ticked it. */
    public static final class FacetValue {

        private final String value;
        private final String labelKey;
        private final long count;
        private final boolean selected;

        FacetValue(LibraryFacet facet, String value, long count, boolean selected) {
            this.value = value;
            this.labelKey = facet.labelKey(value).orElse(null);
            this.count = count;
            this.selected = selected;
        }

        public String getValue() {
            return value;
        }

        /** The bundle key that names the value; null when the value is its own name (lecturers, years). */
        public String getLabelKey() {
            return labelKey;
        }

        public long getCount() {
            return count;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
