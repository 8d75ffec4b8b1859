package org.gongxue.events.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.gongxue.platform.validation.Problem;

/** The events pages' messages from the bundle: what was done, or why nothing was. */
final class PageMessages {

    private PageMessages() {
    }

    static void info(String key) {
        add(FacesMessage.SEVERITY_INFO, key);
    }

    static void refused(String key) {
        add(FacesMessage.SEVERITY_ERROR, key);
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void problems(List<Problem> problems) {
        problems.forEach(problem -> add(FacesMessage.SEVERITY_ERROR, problem.messageKey()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private static void add(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }
}
