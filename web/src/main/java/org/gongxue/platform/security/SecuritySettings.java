package org.gongxue.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in and session settings (MicroProfile Config; e.g. GONGXUE_SECURITY_SECURE_COOKIES=true). */
@ApplicationScoped
public class SecuritySettings {

    /** Mark the session cookie Secure: set true wherever the platform is served over HTTPS. */
    @Inject
    @ConfigProperty(name = "gongxue.security.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    /** Failed sign-ins to one account, within the lock period, that lock the account. */
    @Inject
    @ConfigProperty(name = "gongxue.security.lockout.account-failures", defaultValue = "5")
    int accountFailures;

    /** Failed sign-ins from one address (to any accounts) that lock the address. */
    @Inject
    @ConfigProperty(name = "gongxue.security.lockout.address-failures", defaultValue = "50")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "gongxue.security.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    /** Reverse proxies whose X-Forwarded-For is believed; none by default (see {@link TrustedProxies}). */
    @Inject
    @ConfigProperty(name = TrustedProxies.KEY)
    Optional<String> trustedProxiesSetting;

    @Inject
    Config config;

    private TrustedProxies trustedProxies;
    private OidcSettings oidc;

    /** Checked while the application deploys ({@link SignInModeExtension}). */
    @PostConstruct
    void check() {
        trustedProxies = TrustedProxies.parse(trustedProxiesSetting.orElse(""));
        oidc = OidcSettings.from(config);
    }

    public boolean secureCookies() {
        return secureCookies;
    }

    public int accountFailures() {
        return accountFailures;
    }

    public int addressFailures() {
        return addressFailures;
    }

    public Duration lockPeriod() {
        return Duration.ofMinutes(lockMinutes);
    }

    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    /** Whether, and through which provider, people sign in with OpenID Connect instead of the local login. */
    public OidcSettings oidc() {
        return oidc;
    }
}
