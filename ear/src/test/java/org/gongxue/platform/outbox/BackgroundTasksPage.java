package org.gongxue.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.gongxue.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The background tasks page as a platform administrator uses it, in Chromium. A class of its
 * own so that the in-container half of {@link BackgroundTasksPageIT} never meets Selenium's
 * types, which the server does not have.
 */
final class BackgroundTasksPage {

    private BackgroundTasksPage() {
    }

    /** Finds the failed task with this key, queues it again, and waits until the list no longer shows it. */
    static void queueAgain(URL base, String key) throws Exception {
        WebDriver browser = Browser.open();
        try {
            Browser.signIn(browser, base, "platform.admin");
            browser.get(base + "admin/index.xhtml");
            browser.findElement(By.id("outbox-link")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.titleContains("后台任务"));
            By rowOfTheTask = By.xpath("//tr[.//span[@class='event-key' and text()='" + key + "']]");
            WebElement row = browser.findElement(rowOfTheTask);
            assertThat(row.findElement(By.className("event-topic")).getText()).isEqualTo("处理上传的资料");
            assertThat(row.findElement(By.className("event-error")).getText()).contains("planted");
            Browser.screenshot(browser, "background-tasks");

            row.findElement(By.className("retry-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-form:outbox-messages"),
                    "任务已重新排队"));
            // Queued again, it is handled within a poll or two: a reloaded page no longer lists it.
            wait.withTimeout(Duration.ofMinutes(1)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
                driver.navigate().refresh();
                return driver.findElements(rowOfTheTask).isEmpty();
            });
        } finally {
            browser.quit();
        }
    }
}
