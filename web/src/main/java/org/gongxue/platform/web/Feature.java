package org.gongxue.platform.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's main capabilities, in the order of the primary navigation and the home page's
 * cards. A feature that is built names its start page; the others lead to the shared coming-soon page.
 */
public enum Feature {

    LIBRARY("library", "library", "/library/search"),
    FACULTY_POOL("faculty-pool", "facultyPool"),
    TEACHING_MAP("teaching-map", "teachingMap"),
    TRAINING_CLASS("training-class", "trainingClass"),
    SERIES("series", "series", "/events/index"),
    SPACES("spaces", "spaces", "/forum/index");

    /** How the feature appears in addresses: lower case with hyphens. */
    private final String slug;
    /** How the feature appears in bundle keys: the glossary's code name in lower camel case. */
    private final String bundleName;
    /** The feature's start page; null while it is not built. */
    private final String startPage;

    Feature(String slug, String bundleName) {
        this(slug, bundleName, null);
    }

    Feature(String slug, String bundleName, String startPage) {
        this.slug = slug;
        this.bundleName = bundleName;
        this.startPage = startPage;
    }

    /** Finds a feature by the slug of an address; anything unknown (or absent) finds none. */
    public static Optional<Feature> fromSlug(String slug) {
        return Arrays.stream(values()).filter(feature -> feature.slug.equals(slug)).findFirst();
    }

    public String getSlug() {
        return slug;
    }

    public boolean isBuilt() {
        return startPage != null;
    }

    /** Where navigation leads: the start page, or the coming-soon page (with {@code feature=<slug>}). */
    public String getOutcome() {
        return isBuilt() ? startPage : "/coming-soon";
    }

    public String getNameKey() {
        return "feature." + bundleName + ".name";
    }

    /** What the feature will offer once built, in one or two sentences. */
    public String getSummaryKey() {
        return "feature." + bundleName + ".summary";
    }
}
