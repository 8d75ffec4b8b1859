package org.gongxue.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;
import org.gongxue.platform.security.GongxueAuthenticationMechanism;

/**
 * An account that must change its password may use the API only to read itself and change the
 * password, as the web UI sends it to the profile page.
 */
@Provider
public class PasswordChangeRequiredFilter implements ContainerRequestFilter {

    static final String OWN_ACCOUNT = "people/me";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean mustChange = Boolean.TRUE.equals(
                servletRequest.getAttribute(GongxueAuthenticationMechanism.MUST_CHANGE_PASSWORD));
        if (mustChange && !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith(OWN_ACCOUNT)) {
            request.abortWith(ApiProblems.forbidden("password.mustChange").getResponse());
        }
    }
}
