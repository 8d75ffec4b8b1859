package org.gongxue.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Backs {@code coming-soon.xhtml?feature=…}. The parameter comes from the address bar, so any
 * value must render: an unknown or missing one shows the generic notice instead of an error.
 */
@Named
@RequestScoped
public class ComingSoonPage {

    static final String UNKNOWN_TITLE_KEY = "comingSoon.unknown.title";
    static final String UNKNOWN_NOTICE_KEY = "comingSoon.unknown.notice";

    private String feature;

    public String getFeature() {
        return feature;
    }

    public void setFeature(String feature) {
        this.feature = feature;
    }

    /** The requested feature, or {@code null} when the address names none we know (EL has no Optional). */
    public Feature getRequestedFeature() {
        return Feature.fromSlug(feature).orElse(null);
    }

    public String getTitleKey() {
        return Feature.fromSlug(feature).map(Feature::getNameKey).orElse(UNKNOWN_TITLE_KEY);
    }

    public String getDescriptionKey() {
        return Feature.fromSlug(feature).map(Feature::getSummaryKey).orElse(UNKNOWN_NOTICE_KEY);
    }
}
