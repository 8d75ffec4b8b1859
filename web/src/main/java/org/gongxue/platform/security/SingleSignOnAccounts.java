package org.gongxue.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.people.service.PeopleIdentityStore;

/**
 * With OpenID Connect, the identity provider says who someone is; the platform still says
 * whether they are one of its people. Someone the provider signed in who has no active person
 * with that login name (unknown, or disabled) is signed out again and shown why, instead of
 * being created: accounts are registered by administrators and rosters, with a locality and a
 * unit the provider does not know. The first request of each session is audited as the sign-in.
 * Does nothing with the local login.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SingleSignOnAccounts extends HttpFilter {

    static final String AUDITED = "org.gongxue.singleSignOnAudited";
    static final String NOT_REGISTERED_PAGE = "/error/not-registered.xhtml";

    @Inject
    SecuritySettings settings;

    @Inject
    PeopleIdentityStore accounts;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (!settings.oidc().enabled() || caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = clientAddresses.of(request);
        if (accounts.activeAccount(caller.getName()).isEmpty()) {
            audit.record(caller.getName(), address, AuditAction.SIGN_IN_FAILED, null, "oidc: no active account");
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(NOT_REGISTERED_PAGE).forward(request, response);
            return;
        }
        HttpSession session = request.getSession();
        if (session.getAttribute(AUDITED) == null) {
            session.setAttribute(AUDITED, Boolean.TRUE);
            audit.record(caller.getName(), address, AuditAction.SIGN_IN, null, "oidc");
        }
        chain.doFilter(request, response);
    }
}
