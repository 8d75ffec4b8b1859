package org.gongxue.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The address a request comes from, the same for the sign-in throttle, the audit log and
 * everything else that asks: the peer itself, or behind a trusted reverse proxy the client it
 * forwards for (see {@link TrustedProxies}).
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    SecuritySettings settings;

    public String of(HttpServletRequest request) {
        return settings.trustedProxies().clientAddress(request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}
