package org.gongxue.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.gongxue.platform.validation.Problem;

/** Page-wide messages from the bundle, for view beans: what was done, or why nothing was. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key) {
        add(FacesMessage.SEVERITY_INFO, key);
    }

    public static void refused(String key) {
        add(FacesMessage.SEVERITY_ERROR, key);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void problems(List<Problem> problems) {
        problems.forEach(problem -> add(FacesMessage.SEVERITY_ERROR, problem.messageKey()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private static void add(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }
}
