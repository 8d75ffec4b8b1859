package org.gongxue.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.gongxue.platform.i18n.MessageBundlesTestSupport;
import org.junit.jupiter.api.Test;

class FeatureTest {

    @Test
    void slugsFindTheirFeature() {
        for (Feature feature : Feature.values()) {
            assertThat(Feature.fromSlug(feature.getSlug())).contains(feature);
        }
    }

    @Test
    void unknownOrMissingSlugsFindNothing() {
        assertThat(Feature.fromSlug("no-such-feature")).isEmpty();
        assertThat(Feature.fromSlug("LIBRARY")).isEmpty();
        assertThat(Feature.fromSlug("")).isEmpty();
        assertThat(Feature.fromSlug(null)).isEmpty();
    }

    @Test
    void slugsAreUniqueAndSafeInAnAddress() {
        assertThat(Arrays.stream(Feature.values()).map(Feature::getSlug))
                .doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void featuresNotBuiltLeadToTheComingSoonPageAndBuiltOnesToAViewOfTheirOwn() {
        for (Feature feature : Feature.values()) {
            if (feature.isBuilt()) {
                assertThat(feature.getOutcome()).startsWith("/").isNotEqualTo("/coming-soon");
            } else {
                assertThat(feature.getOutcome()).isEqualTo("/coming-soon");
            }
        }
    }

    @Test
    void everyFeatureHasANameAndSummaryInEveryLanguage() {
        for (Properties bundle : MessageBundlesTestSupport.allBundles()) {
            assertThat(Arrays.stream(Feature.values())
                            .flatMap(feature -> Stream.of(feature.getNameKey(), feature.getSummaryKey())))
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }
}
