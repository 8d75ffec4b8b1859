package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.gongxue.testing.Api;
import org.gongxue.testing.Browser;
import org.gongxue.testing.BrowserTest;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A platform administrator rebuilds the search index from its page and watches it finish; nobody else may. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIndexPageBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPlatformAdministratorRebuildsTheIndexAndSeesItFinish() throws Exception {
        Browser.signIn(browser, base, "platform.admin");
        browser.get(base + "admin/index.xhtml");
        browser.findElement(By.id("search-index-link")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rebuild-form:rebuild")));

        browser.findElement(By.id("rebuild-form:rebuild")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rebuild-outcome"), "重建完成"));
        assertThat(browser.findElement(By.id("rebuild-progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("rebuild-progress-label")).getText()).endsWith("（100%）");
        Browser.screenshot(browser, "search-index-rebuilt");
    }

    @Test
    void nobodyElseMayOpenThePage() {
        WebSession session = new WebSession(base);
        session.signIn("admin.qingpu", Api.DEMO_PASSWORD);
        assertThat(session.get("admin/search-index.xhtml").statusCode()).isEqualTo(403);
    }
}
