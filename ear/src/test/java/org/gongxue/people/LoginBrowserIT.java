package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A cadre signs in with the Chinese login form, lands where they wanted to go, and signs out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void signInInChineseThenSignOut() throws Exception {
        browser.get(base + "profile/index.xhtml");

        // Sent to the login page, which speaks Chinese and labels its fields.
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.findElement(By.id("page-heading")).getText()).isEqualTo("登录");
        assertThat(browser.findElement(By.cssSelector("label[for='login-form:username']")).getText()).isEqualTo("账号");
        assertThat(browser.findElement(By.cssSelector("label[for='login-form:password']")).getText()).isEqualTo("密码");

        // A wrong password first: a clear message, still on the login page.
        browser.findElement(By.id("login-form:username")).sendKeys("cadre.qingpu");
        browser.findElement(By.id("login-form:password")).sendKeys("wrong-password-1");
        // Wait for the answer page: the old page's message element goes stale under a slow server.
        clickAndWait("login-form:sign-in");
        assertThat(browser.findElement(By.id("login-form:login-messages")).getText()).contains("账号或密码不正确");
        Browser.screenshot(browser, "login-failed-zh");

        browser.findElement(By.id("login-form:username")).clear();
        browser.findElement(By.id("login-form:username")).sendKeys("cadre.qingpu");
        browser.findElement(By.id("login-form:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login-form:sign-in")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/profile/index.xhtml"));
        assertThat(browser.findElement(By.id("my-username")).getText()).isEqualTo("cadre.qingpu");
        assertThat(browser.findElement(By.id("my-locality")).getText()).isEqualTo("青浦区");
        assertThat(browser.findElement(By.id("my-profile")).getText()).isEqualTo("cadre.qingpu");
        Browser.screenshot(browser, "profile-zh");

        browser.findElement(By.id("sign-out-form:sign-out")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-link")));
        assertThat(browser.findElement(By.id("sign-in-link")).getText()).isEqualTo("登录");
        browser.get(base + "profile/index.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }
}
