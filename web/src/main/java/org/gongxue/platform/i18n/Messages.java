package org.gongxue.platform.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the message bundles outside Faces (REST error bodies): Chinese unless English is asked for. */
public final class Messages {

    private static final String BASE_NAME = "org.gongxue.platform.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key) {
        Locale chosen = locale != null && Language.ENGLISH.getLocale().getLanguage().equals(locale.getLanguage())
                ? Language.ENGLISH.getLocale()
                : Language.CHINESE.getLocale();
        try {
            return ResourceBundle.getBundle(BASE_NAME, chosen).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
