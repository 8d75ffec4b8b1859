package org.gongxue.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.gongxue.platform.i18n.MessageBundlesTestSupport;
import org.junit.jupiter.api.Test;

class ComingSoonPageTest {

    private final ComingSoonPage page = new ComingSoonPage();

    @Test
    void aKnownFeatureShowsItsNameAndWhatItWillOffer() {
        page.setFeature("faculty-pool");

        assertThat(page.getRequestedFeature()).isEqualTo(Feature.FACULTY_POOL);
        assertThat(page.getTitleKey()).isEqualTo("feature.facultyPool.name");
        assertThat(page.getDescriptionKey()).isEqualTo("feature.facultyPool.summary");
    }

    @Test
    void anUnknownFeatureShowsTheGenericNotice() {
        page.setFeature("<script>alert(1)</script>");

        assertThat(page.getRequestedFeature()).isNull();
        assertThat(page.getTitleKey()).isEqualTo(ComingSoonPage.UNKNOWN_TITLE_KEY);
        assertThat(page.getDescriptionKey()).isEqualTo(ComingSoonPage.UNKNOWN_NOTICE_KEY);
    }

    @Test
    void noFeatureAtAllShowsTheGenericNotice() {
        assertThat(page.getRequestedFeature()).isNull();
        assertThat(page.getTitleKey()).isEqualTo(ComingSoonPage.UNKNOWN_TITLE_KEY);
    }

    @Test
    void theGenericNoticeIsInEveryLanguage() {
        for (Properties bundle : MessageBundlesTestSupport.allBundles()) {
            assertThat(bundle.getProperty(ComingSoonPage.UNKNOWN_TITLE_KEY)).isNotBlank();
            assertThat(bundle.getProperty(ComingSoonPage.UNKNOWN_NOTICE_KEY)).isNotBlank();
        }
    }
}
