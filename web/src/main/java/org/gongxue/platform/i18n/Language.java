package org.gongxue.platform.i18n;

import java.util.Locale;

/**
 * The languages the user interface speaks. Chinese comes first: it is the default for everyone
 * until they choose otherwise (DESIGN.md, "Chinese first").
 */
public enum Language {

    CHINESE(Locale.SIMPLIFIED_CHINESE),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public static Language defaultLanguage() {
        return CHINESE;
    }

    public Locale getLocale() {
        return locale;
    }

    /** The BCP 47 tag for {@code <html lang>}, so that screen readers pick the right voice. */
    public String getTag() {
        return locale.toLanguageTag();
    }
}
