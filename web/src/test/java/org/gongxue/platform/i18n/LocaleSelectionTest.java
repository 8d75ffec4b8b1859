package org.gongxue.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

    @Test
    void aNewSessionSpeaksSimplifiedChinese() {
        LocaleSelection selection = new LocaleSelection();

        assertThat(selection.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(selection.getLanguageTag()).isEqualTo("zh-CN");
        assertThat(selection.isSelected(Language.CHINESE)).isTrue();
        assertThat(selection.isSelected(Language.ENGLISH)).isFalse();
    }

    @Test
    void englishIsTaggedForScreenReaders() {
        assertThat(Language.ENGLISH.getTag()).isEqualTo("en");
    }

    @Test
    void switchingRedirectsToTheSamePageKeepingItsParameters() {
        assertThat(LocaleSelection.redirectTo("/coming-soon.xhtml"))
                .isEqualTo("/coming-soon.xhtml?faces-redirect=true&includeViewParams=true");
    }
}
