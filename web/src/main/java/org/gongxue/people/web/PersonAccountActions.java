package org.gongxue.people.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonView;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Disabling, enabling and resetting the password of the person on the {@link PersonPage}, each in
 * two steps: the administrator asks, the page asks back in words, and only the confirmation acts.
 * The question is plain page content rather than a pop-up, so it reads the same to a screen reader,
 * a keyboard and a phone.
 */
@Named
@ViewScoped
public class PersonAccountActions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("password", "password-form:new-password");

    @Inject
    CurrentActor currentActor;

    @Inject
    PeopleService people;

    @Inject
    PersonPage page;

    private AccountAction pending;
    private String newPassword;

    public void askToDisable() {
        pending = AccountAction.DISABLE;
    }

    public void askToEnable() {
        pending = AccountAction.ENABLE;
    }

    /** Kept in the view until confirmed: the confirmation is its own form, which does not send the field again. */
    public void askToResetPassword() {
        pending = AccountAction.RESET_PASSWORD;
    }

    public void cancel() {
        pending = null;
        newPassword = null;
    }

    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        AccountAction action = pending;
        if (action == null) {
            return; // a second click on a confirmation already carried out
        }
        pending = null;
        try {
            page.show(perform(action));
            AdminMessages.info(faces, action.doneKey());
        } catch (InvalidInputException e) {
            Texts.show(faces, e.problems(), FIELDS);
        } catch (AccessDeniedException e) {
            AdminMessages.refused(faces);
        } finally {
            newPassword = null;
        }
    }

    private PersonView perform(AccountAction action) {
        long id = page.getId();
        return switch (action) {
            case DISABLE -> people.disable(currentActor.require(), id);
            case ENABLE -> people.enable(currentActor.require(), id);
            case RESET_PASSWORD -> people.resetPassword(currentActor.require(), id, newPassword);
        };
    }

    public AccountAction getPending() {
        return pending;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
