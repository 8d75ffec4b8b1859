package org.gongxue.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.gongxue.testing.Browser;
import org.gongxue.testing.BrowserTest;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A cadre opens the platform's home page in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT extends BrowserTest {

    private static final String PLATFORM_NAME = "示范区干部教育培训共同体 · 共学";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void homePageShowsThePlatformNameInChinese() throws Exception {
        browser.get(base.toString());

        assertThat(browser.getTitle()).contains(PLATFORM_NAME);
        assertThat(browser.findElement(By.id("platform-name")).getText()).contains("示范区干部教育培训共同体");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.id("platform-name")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "home-zh");
    }
}
