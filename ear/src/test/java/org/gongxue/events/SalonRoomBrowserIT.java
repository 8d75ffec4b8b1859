package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.gongxue.testing.Api;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A salon in the browser: an administrator creates it (finding its speaker by name), states its
 * topic and invites a cadre; another locality's cadre finds no such event; the invited cadre sees
 * the topic at the top and enters the salon's room, a members-only forum space.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalonRoomBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void anInvitedCadreEntersTheSalonsRoomAndOthersDoNotSeeIt() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String speaker = "沈思远" + suffix;
        HttpResponse<String> lecturer = new Api(base).json("POST", "admin.jiashan", DEMO_PASSWORD, "api/lecturers",
                "{\"name\":\"" + speaker + "\",\"kind\":\"SCHOLAR\",\"localityCode\":\"JIASHAN\"}");
        assertThat(lecturer.statusCode()).as(lecturer.body()).isEqualTo(201);
        String title = "党校负责人沙龙 " + suffix;
        String topic = "党校如何共建共享师资 " + suffix;
        String day = LocalDate.now().plusDays(6).toString();

        Browser.signIn(browser, base, "admin.jiashan");
        browser.get(base + "events/edit.xhtml");
        new Select(browser.findElement(By.id("event-form:series"))).selectByVisibleText("示范区大课堂");
        new Select(browser.findElement(By.id("event-form:kind"))).selectByValue("SALON");
        type("event-form:title", title);
        script(browser, "document.getElementById('event-form:starts').value = '" + day + "T14:00'; return 1");
        script(browser, "document.getElementById('event-form:ends').value = '" + day + "T16:00'; return 1");
        type("event-form:place", "嘉善县委党校");
        type("event-form:quotas:2:quota", "8");
        type("event-form:speaker-query", speaker.substring(1));
        browser.findElement(By.id("event-form:find-speakers")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("speaker-matches"), speaker));
        browser.findElement(By.cssSelector(".speaker-match input[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen-speakers"), speaker));
        Browser.screenshot(browser, "salon-editor");
        clickAndWait("event-form:save");
        assertThat(browser.findElement(By.id("page-heading")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("event-speakers")).getText()).contains(speaker);
        String eventPage = browser.getCurrentUrl();

        type("topic-form:topic", topic);
        clickAndWait("topic-form:save-topic");
        assertThat(browser.findElement(By.id("meeting-topic-text")).getText()).isEqualTo(topic);
        type("invite-form:invitee", "cadre.jiashan");
        clickAndWait("invite-form:invite");
        assertThat(browser.findElement(By.id("event-messages")).getText()).contains("已邀请");
        assertThat(texts(".meeting-member")).hasSize(2);
        Browser.screenshot(browser, "salon-organiser");
        clickAndWait("sign-out-form:sign-out");

        Browser.signIn(browser, base, "cadre.qingpu");
        browser.get(eventPage);
        assertThat(browser.getPageSource()).doesNotContain(title);
        assertThat(browser.findElements(By.id("event-details"))).isEmpty();
        clickAndWait("sign-out-form:sign-out");

        Browser.signIn(browser, base, "cadre.jiashan");
        browser.get(eventPage);
        assertThat(browser.findElement(By.id("meeting-topic-text")).getText()).isEqualTo(topic);
        assertThat(browser.findElements(By.id("invite-form"))).isEmpty();
        clickAndWait("discussion-link");
        assertThat(browser.findElement(By.id("page-heading")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("space-meta")).getText()).contains("党校负责人沙龙");
        assertThat(browser.findElement(By.id("space-purpose")).getText()).isEqualTo(topic);
        Browser.screenshot(browser, "salon-room");
    }
}
