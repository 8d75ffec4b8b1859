package org.gongxue.platform.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's main capabilities, in the order of the primary navigation and the home page's
 * cards. None of them is built yet: each leads to the shared coming-soon page.
 */
public enum Feature {

    LIBRARY("library", "library"),
    FACULTY_POOL("faculty-pool", "facultyPool"),
    TEACHING_MAP("teaching-map", "teachingMap"),
    TRAINING_CLASS("training-class", "trainingClass"),
    SERIES("series", "series"),
    SPACES("spaces", "spaces");

    /** How the feature appears in addresses: lower case with hyphens. */
    private final String slug;
    /** How the feature appears in bundle keys: the glossary's code name in lower camel case. */
    private final String bundleName;

    Feature(String slug, String bundleName) {
        this.slug = slug;
        this.bundleName = bundleName;
    }

    /** Finds a feature by the slug of an address; anything unknown (or absent) finds none. */
    public static Optional<Feature> fromSlug(String slug) {
        return Arrays.stream(values()).filter(feature -> feature.slug.equals(slug)).findFirst();
    }

    public String getSlug() {
        return slug;
    }

    public String getNameKey() {
        return "feature." + bundleName + ".name";
    }

    /** What the feature will offer once built, in one or two sentences. */
    public String getSummaryKey() {
        return "feature." + bundleName + ".summary";
    }
}
