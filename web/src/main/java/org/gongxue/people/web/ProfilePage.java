package org.gongxue.people.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.PersonView;
import org.gongxue.people.service.ProfileService;
import org.gongxue.platform.validation.InvalidInputException;

/** The signed-in person's own page: their details and changing their password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "currentPassword", "password-form:current-password",
            "password", "password-form:new-password");

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient ProfileService profiles;

    private transient PersonView me;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public PersonView getMe() {
        if (me == null) {
            me = profiles.me(currentActor.require());
        }
        return me;
    }

    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            faces.addMessage("password-form:repeat-password",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of(faces, "password.problem.notRepeated"), null));
            faces.validationFailed();
            return;
        }
        try {
            profiles.changePassword(currentActor.require(), currentPassword, newPassword);
            me = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.of(faces, "profile.passwordChanged"), null));
        } catch (InvalidInputException e) {
            Texts.show(faces, e.problems(), FIELDS);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
