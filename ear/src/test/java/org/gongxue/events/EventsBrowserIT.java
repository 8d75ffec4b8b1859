package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole way of a Grand Classroom lecture in the browser: a locality administrator creates it
 * with quotas, a cadre registers and gets a QR code, the organiser checks the cadre in with that
 * code at the door, the registrations page shows the attendance, and the calendar shows the event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorCreatesALectureACadreRegistersAndIsCheckedInWithTheQrCode() throws Exception {
        String title = "示范区大课堂 生态绿色发展 " + System.currentTimeMillis() % 100_000;
        String day = LocalDate.now().plusDays(3).toString();
        Browser.signIn(browser, base, "admin.qingpu");
        browser.get(base + "events/index.xhtml");
        type("series-form:series-title", "青浦乡村振兴讲堂 " + title.substring(title.length() - 5));
        clickAndWait("series-form:create-series");
        assertThat(browser.findElement(By.id("calendar-messages")).getText()).contains("系列已新建");
        browser.get(base + "events/edit.xhtml");
        new Select(browser.findElement(By.id("event-form:series"))).selectByVisibleText("示范区大课堂");
        type("event-form:title", title);
        setValue("event-form:starts", day + "T14:00");
        setValue("event-form:ends", day + "T16:30");
        type("event-form:place", "青浦区委党校报告厅");
        type("event-form:quotas:0:quota", "1");
        type("event-form:quotas:1:quota", "2");
        Browser.screenshot(browser, "events-editor");
        clickAndWait("event-form:save");
        assertThat(browser.getCurrentUrl()).contains("events/event.xhtml?id=");
        assertThat(browser.findElement(By.id("page-heading")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("event-seats")).getText()).contains("共 3 个");
        String eventPage = browser.getCurrentUrl();
        signOut();

        Browser.signIn(browser, base, "cadre.qingpu");
        browser.get(eventPage);
        clickAndWait("registration-form:register");
        assertThat(browser.findElement(By.id("event-messages")).getText()).contains("报名成功");
        assertThat(browser.findElements(By.cssSelector("#check-in-code svg"))).hasSize(1);
        String code = browser.findElement(By.id("check-in-text")).getText();
        Browser.screenshot(browser, "events-registered");
        browser.get(base + "events/index.xhtml");
        assertThat(browser.findElement(By.id("upcoming")).getText()).contains(title);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar-form:schedule"), title));
        browser.findElement(By.cssSelector(".fc-listMonth-button")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-list-event")));
        Browser.screenshot(browser, "events-calendar-list");
        signOut();

        Browser.signIn(browser, base, "admin.qingpu");
        browser.get(eventPage.replace("event.xhtml", "check-in.xhtml"));
        type("check-in-form:code", "forged-code");
        clickAndWait("check-in-form:check-in");
        assertThat(browser.findElement(By.id("check-in-messages")).getText()).contains("签到码无效");
        type("check-in-form:code", code);
        clickAndWait("check-in-form:check-in");
        assertThat(browser.findElement(By.id("check-in-result")).getText()).startsWith("签到成功");
        Browser.screenshot(browser, "events-checked-in");
        browser.get(eventPage.replace("event.xhtml", "registrations.xhtml"));
        assertThat(browser.findElement(By.id("attendance")).getText()).contains("已签到 1 人");
        browser.get(base + "events/statistics.xhtml");
        assertThat(browser.findElement(By.id("statistics-locality")).getText()).contains("青浦区", "吴江区", "嘉善县");
        Browser.screenshot(browser, "events-statistics");
    }

    private void signOut() {
        clickAndWait("sign-out-form:sign-out");
    }

    /** Date and time fields take their value in the browser's own format when typed: set it as the form sends it. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }
}
