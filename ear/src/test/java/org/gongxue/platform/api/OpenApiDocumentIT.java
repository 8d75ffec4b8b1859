package org.gongxue.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client and script authors read the REST API's description at /openapi. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void theApiIsDescribedAtOpenapi() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"").contains("共学");
    }
}
