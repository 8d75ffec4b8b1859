package org.gongxue.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.testing.Api;
import org.gongxue.testing.Browser;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Platform administrators see the background tasks that failed on every attempt and queue them
 * again; nobody else may. A failed event is planted in the server first (a processing event of a
 * material that no longer exists: queued again, it is handled at once and leaves the list).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackgroundTasksPageIT {

    /** Material ids are positive: no material has this one. */
    private static final String GONE_MATERIAL = "-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(BackgroundTasksPageIT.class, Api.class);
    }

    @Inject
    OutboxAdministration administration;

    @Inject
    Actors actors;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aFailedEventIsThereAndOnlyPlatformAdministratorsMayQueueItAgain() throws Exception {
        transaction.begin();
        // One planted event at a time, whatever earlier runs left.
        em.createNativeQuery("delete from outbox_event where event_key = ?1").setParameter(1, GONE_MATERIAL)
                .executeUpdate();
        em.createNativeQuery("""
                        insert into outbox_event (topic, event_key, status, attempts, available_at, last_error,
                          created_at, finished_at)
                        values ('library.material.process', ?1, 'FAILED', 8, ?2, 'IllegalStateException: planted', ?2, ?2)""")
                .setParameter(1, GONE_MATERIAL).setParameter(2, Instant.now()).executeUpdate();
        transaction.commit();
        long planted = administration.failed(0, OutboxAdministration.MAX_PAGE_SIZE).stream()
                .filter(event -> event.getKey().equals(GONE_MATERIAL)).findFirst().orElseThrow().getId();

        for (String refused : new String[] {"admin.qingpu", "teacher.qingpu", "cadre.qingpu"}) {
            assertThatThrownBy(() -> administration.retry(actors.forUsername(refused, "127.0.0.1").orElseThrow(), planted))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(administration.failed(0, OutboxAdministration.MAX_PAGE_SIZE))
                .anySatisfy(event -> assertThat(event.getId()).isEqualTo(planted));
    }

    @Test
    @Order(2)
    @RunAsClient
    void aPlatformAdministratorQueuesTheFailedTaskAgainAndItIsDone() throws Exception {
        WebDriver browser = Browser.open();
        try {
            Browser.signIn(browser, base, "platform.admin");
            browser.get(base + "admin/index.xhtml");
            browser.findElement(By.id("outbox-link")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.titleContains("后台任务"));
            WebElement row = plantedRow(browser);
            assertThat(row.findElement(By.className("event-topic")).getText()).isEqualTo("处理上传的资料");
            assertThat(row.findElement(By.className("event-error")).getText()).contains("planted");
            Browser.screenshot(browser, "background-tasks");

            row.findElement(By.className("retry-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-form:outbox-messages"),
                    "任务已重新排队"));
            // Queued again, it is handled within a poll or two: a reloaded page no longer lists it.
            wait.withTimeout(Duration.ofMinutes(1)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
                driver.navigate().refresh();
                return driver.findElements(By.xpath(plantedRowXpath())).isEmpty();
            });
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void nobodyElseMayOpenThePage() {
        for (String refused : new String[] {"admin.qingpu", "teacher.qingpu"}) {
            WebSession session = new WebSession(base);
            session.signIn(refused, Api.DEMO_PASSWORD);
            assertThat(session.get("admin/outbox.xhtml").statusCode()).as(refused).isEqualTo(403);
        }
    }

    private static WebElement plantedRow(WebDriver browser) {
        return browser.findElement(By.xpath(plantedRowXpath()));
    }

    private static String plantedRowXpath() {
        return "//tr[.//span[@class='event-key' and text()='" + GONE_MATERIAL + "']]";
    }
}
