package org.gongxue.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongxue.platform.security.GongxueAuthenticationMechanism;
import org.gongxue.platform.security.SecuritySettings;
import org.gongxue.platform.security.SignInOutcome;

/** The login form: hands the typed name and password to Jakarta Security, then goes where the person wanted. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    SecuritySettings settings;

    private String username;
    private String password;
    /** The page the person asked for before being sent here (a path in this application). */
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            boolean mustChange = Boolean.TRUE.equals(request.getAttribute(GongxueAuthenticationMechanism.MUST_CHANGE_PASSWORD));
            external.redirect(external.getRequestContextPath()
                    + (mustChange ? GongxueAuthenticationMechanism.PASSWORD_PAGE : safeNext()));
            faces.responseComplete();
            return;
        }
        boolean locked = request.getAttribute(GongxueAuthenticationMechanism.OUTCOME) == SignInOutcome.LOCKED;
        String key = locked ? "login.locked" : "login.failed";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of(faces, key), null));
    }

    /**
     * Only a path inside this application: never an absolute URL that would send the person
     * elsewhere. Browsers drop tabs and line breaks from addresses ("/\t/evil.example" becomes
     * "//evil.example"), so any whitespace or control character disqualifies the path too.
     */
    String safeNext() {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
                && !next.startsWith(GongxueAuthenticationMechanism.LOGIN_PAGE);
        return local ? next : "/index.xhtml";
    }

    /** With OpenID Connect there is no password to type here: the page sends the person to the identity provider. */
    public boolean isSingleSignOn() {
        return settings.oidc().enabled();
    }

    /** A protected page, which the identity provider's sign-in leads back to: the one wanted, else the profile. */
    public String getSingleSignOnTarget() {
        String target = safeNext();
        return target.equals("/index.xhtml") ? GongxueAuthenticationMechanism.PASSWORD_PAGE : target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
