package org.gongxue.platform.web;

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

/** A form posted with a view state the server never issued (expired, or forged). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredViewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPostWithAnUnknownViewStateGetsTheExpiredPageInChinese() throws Exception {
        String form = "language-form=language-form&language-form%3Alang-en=&jakarta.faces.ViewState=forged-state";
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("页面已过期", "刚才的操作没有保存").doesNotContain("Caused by");
        // Nothing was switched: the page is still in Chinese.
        assertThat(response.body()).contains("lang=\"zh-CN\"");
    }
}
