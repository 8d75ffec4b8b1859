package org.gongxue.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * CSRF protection of the REST API. A page on another site can make a browser send a form post
 * (with the browser's cookies or cached Basic credentials) but cannot send JSON or custom headers
 * without a CORS preflight, which this API never grants. So a state-changing request must carry
 * JSON or the {@value #REQUESTED_WITH} header, and is refused when the browser says it comes from
 * another site (Sec-Fetch-Site) or another origin (Origin).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    public static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> TRUSTED_FETCH_SITES = Set.of("same-origin", "none");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !TRUSTED_FETCH_SITES.contains(fetchSite)) {
            throw ApiProblems.forbidden("api.problem.crossSite");
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getUriInfo().getBaseUri())) {
            throw ApiProblems.forbidden("api.problem.crossSite");
        }
        MediaType type = request.getMediaType();
        boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        if (!json && request.getHeaderString(REQUESTED_WITH) == null) {
            throw ApiProblems.forbidden("api.problem.crossSite");
        }
    }

    private static boolean sameOrigin(String origin, URI base) {
        try {
            URI from = URI.create(origin);
            return base.getScheme().equalsIgnoreCase(from.getScheme())
                    && base.getHost().equalsIgnoreCase(from.getHost())
                    && port(base) == port(from);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
