package org.gongxue.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator's load balancer sees: /health/ready on the management port. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @Test
    void readinessReportsDatabaseSearchObjectStoreAndMediaUp() throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + System.getProperty("it.wildfly.management-port") + "/health/ready");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body())
                .contains("\"name\":\"database\"")
                .contains("\"name\":\"search\"")
                .contains("\"name\":\"object-store\"")
                .contains("\"name\":\"media\"");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("\"status\":\"DOWN\"");
    }
}
