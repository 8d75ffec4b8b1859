package org.gongxue.testing;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: a fresh Chromium for every test (see {@link Browser} for when it is skipped),
 * and the steps tests take in it.
 */
public abstract class BrowserTest {

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Clicks a link or a button that loads a new page, and waits until it has: the old page is
     * marked first (waiting for an element of it to go stale trips Chromium's driver up).
     */
    protected void clickAndWait(String id) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.documentElement.dataset.leaving = 'yes'");
        browser.findElement(By.id(id)).click();
        waitFor(driver -> script.executeScript(
                "return document.readyState === 'complete' && !document.documentElement.dataset.leaving"));
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * The texts of the elements, read again when the page replaced one while they were read (a
     * poll that re-renders a table, for instance).
     */
    protected List<String> texts(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
    }

    protected void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    /** The value of a script run in the page (which must {@code return} it). */
    protected static Object script(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** A number a script returns, or NaN when it returns none (an element not there yet). */
    protected static double number(WebDriver browser, String script) {
        Object value = script(browser, script);
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
