package org.gongxue.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses how people sign in while the application deploys. By default the application's own
 * {@link GongxueAuthenticationMechanism} (login form, HTTP Basic) does. When OpenID Connect is
 * configured ({@link OidcSettings}) that mechanism is removed before Jakarta Security sees it,
 * which leaves sign-in to WildFly's elytron-oidc-client; a Jakarta Security mechanism would
 * otherwise take precedence over it. Sign-in settings that make no sense (OpenID Connect in part,
 * trusted proxies that are not addresses) fail the deployment here, with the reason.
 */
public class SignInModeExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(SignInModeExtension.class.getName());

    private Config config;
    private OidcSettings oidc;

    void readSettings(@Observes BeforeBeanDiscovery event) {
        // The WAR's own class loader: it sees the WAR's configuration as well as the server's.
        config = ConfigProvider.getConfig(SignInModeExtension.class.getClassLoader());
        oidc = OidcSettings.from(config);
    }

    void stepAsideForOidc(@Observes ProcessAnnotatedType<GongxueAuthenticationMechanism> type) {
        if (oidc.enabled() && oidc.problem().isEmpty()) {
            LOG.info(() -> "Sign-in through OpenID Connect at " + oidc.providerUrl().orElseThrow()
                    + "; the local login is off");
            type.veto();
        }
    }

    void refuseSettingsThatMakeNoSense(@Observes AfterBeanDiscovery event) {
        oidc.problem().ifPresent(problem -> event.addDefinitionError(new IllegalStateException(problem)));
        try {
            TrustedProxies.parse(config.getOptionalValue(TrustedProxies.KEY, String.class).orElse(""));
        } catch (IllegalArgumentException e) {
            event.addDefinitionError(e);
        }
    }
}
