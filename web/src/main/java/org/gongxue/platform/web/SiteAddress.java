package org.gongxue.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongxue.platform.security.SecuritySettings;

/**
 * The address people open the platform at, for links that leave the page (a calendar feed to
 * paste into a phone). Behind a reverse proxy the request's own URL names the proxy's upstream
 * (http://10.0.0.5:8080), not the site. So: {@code gongxue.site-url} when it is set; otherwise
 * the request's {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}, believed only from a
 * trusted proxy ({@code gongxue.security.trusted-proxies}, as for client addresses); otherwise
 * the request's own scheme, host and port.
 */
@ApplicationScoped
public class SiteAddress {

    public static final String KEY = "gongxue.site-url";
    /** A host with an optional port, as a proxy writes it; anything else is not believed. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> configured;

    @Inject
    SecuritySettings security;

    /** The site's root for this request, ending with a slash (the context path included). */
    public String root(HttpServletRequest request) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String site = configured.get().strip();
            return site.endsWith("/") ? site : site + "/";
        }
        String scheme = request.getScheme();
        String host = request.getServerName() + portSuffix(request.getScheme(), request.getServerPort());
        if (security.trustedProxies().trustsPeer(request.getRemoteAddr())) {
            String forwardedProto = first(request.getHeader("X-Forwarded-Proto"));
            String forwardedHost = first(request.getHeader("X-Forwarded-Host"));
            if ("https".equalsIgnoreCase(forwardedProto) || "http".equalsIgnoreCase(forwardedProto)) {
                scheme = forwardedProto.toLowerCase(Locale.ROOT);
            }
            if (forwardedHost != null && HOST.matcher(forwardedHost).matches()) {
                host = forwardedHost;
            }
        }
        return scheme + "://" + host + request.getContextPath() + "/";
    }

    private static String portSuffix(String scheme, int port) {
        boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return usual ? "" : ":" + port;
    }

    /** The first value of a header a chain of proxies may have appended to ("a, b"): the outermost one's. */
    private static String first(String header) {
        return header == null ? null : header.split(",")[0].strip();
    }
}
