package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import org.gongxue.testing.Api;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar feed's address behind a reverse proxy (this server trusts 127.0.0.1 as one, see
 * SignInBehindProxyIT): it names the site as the proxy's visitors reach it, not the upstream the
 * proxy called, and ignores a forwarded host that is not a host name.
 */
@Tag("behind-proxy")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarFeedBehindProxyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void theFeedAddressNamesTheSiteTheProxyServes() {
        Api api = new Api(base);

        HttpResponse<String> proxied = api.send(api.request("api/calendar-feed", "cadre.wujiang", DEMO_PASSWORD)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "gongxue.example.cn").GET().build());
        HttpResponse<String> forged = api.send(api.request("api/calendar-feed", "cadre.wujiang", DEMO_PASSWORD)
                .header("X-Forwarded-Host", "evil.example/\"><script>").GET().build());
        HttpResponse<String> direct = api.get("cadre.wujiang", DEMO_PASSWORD, "api/calendar-feed");

        assertThat(proxied.body()).as(proxied.body())
                .matches("\\{\"url\":\"https://gongxue\\.example\\.cn" + base.getPath() + "api/calendar/[A-Za-z0-9_-]{43}\\.ics\"}");
        assertThat(forged.body()).contains("\"url\":\"" + base + "api/calendar/");
        assertThat(direct.body()).contains("\"url\":\"" + base + "api/calendar/");
    }
}
