package org.gongxue.people.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.gongxue.platform.validation.Problem;

/** Bundle texts for messages built in Java, and the services' problems as Faces messages tied to their fields. */
final class Texts {

    private Texts() {
    }

    static String of(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    /** @param fieldIds form field client ids by the service's field names; problems of other fields go to the form */
    static void show(FacesContext faces, List<Problem> problems, Map<String, String> fieldIds) {
        for (Problem problem : problems) {
            faces.addMessage(fieldIds.get(problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, of(faces, problem.messageKey()), null));
        }
        faces.validationFailed();
    }
}
