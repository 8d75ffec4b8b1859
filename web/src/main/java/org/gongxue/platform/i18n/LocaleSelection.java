package org.gongxue.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language a visitor has chosen for this session. The layout template sets the view's
 * locale and the page's {@code lang} from it.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language language = Language.defaultLanguage();

    public Language getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return language.getLocale();
    }

    public String getLanguageTag() {
        return language.getTag();
    }

    public boolean isSelected(Language candidate) {
        return language == candidate;
    }

    /**
     * Switches the language and redirects to the page the visitor was on, so that a reload does
     * not re-post the form and the address keeps its query (e.g. {@code ?feature=library}).
     */
    public String select(Language chosen) {
        language = chosen;
        return redirectTo(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    static String redirectTo(String viewId) {
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }
}
