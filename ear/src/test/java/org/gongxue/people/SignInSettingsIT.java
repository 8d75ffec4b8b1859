package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in settings that make no sense stop the deployment with their reason, before anyone can
 * sign in: single sign-on configured in part, trusted proxies that are not addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInSettingsIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "half-oidc", managed = false, testable = false)
    static EnterpriseArchive halfSingleSignOn() {
        return PlatformDeployment.withWebSettings("gongxue-half-oidc.ear", "gongxue.oidc.provider-url=https://idp.example/realms/zone\n"
                + "gongxue.oidc.client-id=gongxue");
    }

    @Deployment(name = "bad-proxies", managed = false, testable = false)
    static EnterpriseArchive badTrustedProxies() {
        return PlatformDeployment.withWebSettings("gongxue-bad-proxies.ear", "gongxue.security.trusted-proxies=10.0.0.0/8, proxy.example");
    }

    @Test
    void singleSignOnConfiguredInPartFailsTheDeploymentNamingWhatIsMissing() {
        assertThatThrownBy(() -> deployer.deploy("half-oidc"))
                .hasStackTraceContaining("OpenID Connect sign-in is configured only in part")
                .hasStackTraceContaining("GONGXUE_OIDC_CLIENT_SECRET (gongxue.oidc.client-secret)");
    }

    @Test
    void trustedProxiesThatAreNotAddressesFailTheDeploymentNamingTheEntry() {
        assertThatThrownBy(() -> deployer.deploy("bad-proxies"))
                .hasStackTraceContaining("gongxue.security.trusted-proxies must list IP addresses or CIDR blocks")
                .hasStackTraceContaining("'proxy.example'");
    }
}
