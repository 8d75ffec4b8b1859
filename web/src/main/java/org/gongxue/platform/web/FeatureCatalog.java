package org.gongxue.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** Gives views the one list of features that both the navigation and the home page show. */
@Named
@ApplicationScoped
public class FeatureCatalog {

    private static final List<Feature> FEATURES = List.of(Feature.values());

    public List<Feature> getFeatures() {
        return FEATURES;
    }
}
