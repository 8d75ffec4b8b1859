package org.gongxue.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.Actor;

/** Who is signed in, for the layout's header, and signing out (a POST, so another site cannot sign anyone out). */
@Named
@RequestScoped
public class SessionControl {

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditLog audit;

    @Inject
    FacesContext faces;

    public boolean isSignedIn() {
        return currentActor.get().isPresent();
    }

    public String getUsername() {
        return currentActor.get().map(Actor::username).orElse(null);
    }

    public boolean isAdministrator() {
        return currentActor.get().map(Actor::isAdministrator).orElse(false);
    }

    public void signOut() throws IOException, ServletException {
        Optional<Actor> actor = currentActor.get();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        actor.ifPresent(a -> audit.record(a, AuditAction.SIGN_OUT, null, null));
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
    }
}
