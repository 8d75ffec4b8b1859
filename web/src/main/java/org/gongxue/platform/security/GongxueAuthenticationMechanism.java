package org.gongxue.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.gongxue.people.service.AccountState;
import org.gongxue.people.service.PeopleIdentityStore;

/**
 * How callers prove who they are: HTTP Basic for the REST API (scripts and clients, every
 * request), the login form for everything else (a session after that). Jakarta Security 3.0
 * cannot combine its built-in mechanisms, hence this one.
 *
 * <p>A signed-in session keeps only the login name; on every request the account is read again,
 * so that disabling a person or changing their roles acts on their very next click. An account
 * that must change its password is sent to the profile page until it has.
 */
@ApplicationScoped
public class GongxueAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the login name of the person signed in with the form. */
    static final String SIGNED_IN = "org.gongxue.signedIn";
    /** Request attribute: the outcome of a form sign-in, for the login page's message. */
    public static final String OUTCOME = "org.gongxue.signInOutcome";
    /** Request attribute set when the caller must change their password before anything else. */
    public static final String MUST_CHANGE_PASSWORD = "org.gongxue.mustChangePassword";

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String PASSWORD_PAGE = "/profile/index.xhtml";
    private static final String API = "/api/";

    @Inject
    SignIn signIn;

    @Inject
    PeopleIdentityStore accounts;

    @Inject
    ClientAddresses clientAddresses;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return formSignIn(request, context, credential);
        }
        boolean api = path(request).startsWith(API);
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicSignIn(request, context, authorization.substring(6).strip());
        }
        Optional<AccountState> session = sessionAccount(request);
        if (session.isPresent()) {
            AccountState account = session.get();
            if (account.mustChangePassword()) {
                request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
                if (!api && !allowedBeforePasswordChange(request)) {
                    return context.redirect(request.getContextPath() + PASSWORD_PAGE);
                }
            }
            return context.notifyContainerAboutLogin(account.username(), account.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"gongxue\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.redirect(loginUrl(request));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            UsernamePasswordCredential credential) {
        SignIn.Result result = signIn.attempt(credential.getCaller(), credential.getPasswordAsString(),
                clientAddresses.of(request), "form");
        request.setAttribute(OUTCOME, result.outcome());
        if (result.outcome() != SignInOutcome.SUCCEEDED) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in: an id planted or seen before sign-in is worth nothing after.
        HttpSession session = request.getSession(false);
        if (session == null) {
            session = request.getSession(true);
        } else {
            request.changeSessionId();
        }
        String username = result.validation().getCallerPrincipal().getName();
        session.setAttribute(SIGNED_IN, username);
        markIfPasswordChangeDue(request, username);
        return context.notifyContainerAboutLogin(result.validation());
    }

    private AuthenticationStatus basicSignIn(HttpServletRequest request, HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return context.responseUnauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return context.responseUnauthorized();
        }
        SignIn.Result result = signIn.attempt(decoded.substring(0, colon), decoded.substring(colon + 1),
                clientAddresses.of(request), "basic");
        if (result.outcome() != SignInOutcome.SUCCEEDED) {
            context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"gongxue\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        markIfPasswordChangeDue(request, result.validation().getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result.validation());
    }

    private void markIfPasswordChangeDue(HttpServletRequest request, String username) {
        accounts.activeAccount(username)
                .filter(AccountState::mustChangePassword)
                .ifPresent(account -> request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE));
    }

    private Optional<AccountState> sessionAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof String username)) {
            return Optional.empty();
        }
        Optional<AccountState> account = accounts.activeAccount(username);
        if (account.isEmpty()) {
            // Disabled since signing in: the session ends here.
            session.invalidate();
        }
        return account;
    }

    private static boolean allowedBeforePasswordChange(HttpServletRequest request) {
        String path = path(request);
        return path.equals(PASSWORD_PAGE) || path.equals(LOGIN_PAGE) || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.startsWith("/error/");
    }

    private static String loginUrl(HttpServletRequest request) {
        String wanted = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
