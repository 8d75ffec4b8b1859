package org.gongxue.platform.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Single sign-on with OpenID Connect: off unless configured. The same keys (environment variables
 * GONGXUE_OIDC_…) configure WildFly's elytron-oidc-client (ear/src/main/wildfly/oidc.cli) and
 * tell the application to let it sign people in. Configured in part is refused outright: a
 * platform that silently fell back to local passwords, or to no sign-in at all, would be worse.
 */
public record OidcSettings(Optional<String> providerUrl, Optional<String> clientId, Optional<String> clientSecret,
                           String principalAttribute) {

    public static final String PROVIDER_URL = "gongxue.oidc.provider-url";
    public static final String CLIENT_ID = "gongxue.oidc.client-id";
    public static final String CLIENT_SECRET = "gongxue.oidc.client-secret";
    public static final String PRINCIPAL_ATTRIBUTE = "gongxue.oidc.principal-attribute";
    static final String DEFAULT_PRINCIPAL_ATTRIBUTE = "preferred_username";

    public static OidcSettings from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    static OidcSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> nonBlank = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new OidcSettings(nonBlank.apply(PROVIDER_URL), nonBlank.apply(CLIENT_ID), nonBlank.apply(CLIENT_SECRET),
                nonBlank.apply(PRINCIPAL_ATTRIBUTE).orElse(DEFAULT_PRINCIPAL_ATTRIBUTE));
    }

    /** Whether people sign in through the identity provider instead of the local login. */
    public boolean enabled() {
        return providerUrl.isPresent();
    }

    /** What is wrong with these settings, as one message naming the keys to set; empty when they make sense. */
    public Optional<String> problem() {
        Map<String, Optional<String>> required = new LinkedHashMap<>();
        required.put(PROVIDER_URL, providerUrl);
        required.put(CLIENT_ID, clientId);
        required.put(CLIENT_SECRET, clientSecret);
        List<String> missing = required.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        if (missing.size() == required.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            return Optional.of("OpenID Connect sign-in is configured only in part: also set "
                    + missing.stream().map(OidcSettings::describe).collect(Collectors.joining(", "))
                    + ", or unset " + required.keySet().stream().map(OidcSettings::describe).collect(Collectors.joining(", "))
                    + " to keep the local login");
        }
        if (!isWebAddress(providerUrl.get())) {
            return Optional.of(describe(PROVIDER_URL) + " must be the provider's http(s) address (its issuer), not '"
                    + providerUrl.get() + "'");
        }
        return Optional.empty();
    }

    private static String describe(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + " (" + key + ")";
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
