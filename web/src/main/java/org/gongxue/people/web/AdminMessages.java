package org.gongxue.people.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The page-wide messages of the administration pages: success, and a refusal that changed nothing. */
final class AdminMessages {

    private AdminMessages() {
    }

    static void info(FacesContext faces, String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.of(faces, key), null));
    }

    static void refused(FacesContext faces) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of(faces, "admin.refused"), null));
        faces.validationFailed();
    }
}
