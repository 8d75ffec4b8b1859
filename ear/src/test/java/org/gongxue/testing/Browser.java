package org.gongxue.testing;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens Debian's Chromium through its ChromeDriver for browser tests.
 *
 * <p>Where no Chromium is installed, browser tests are skipped — unless the system property
 * {@code gongxue.browser-tests} is {@code required} (CI sets it), in which case they fail, so
 * that CI can never pass by silently skipping them.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("gongxue.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("gongxue.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver open() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            String missing = "Chromium (" + CHROMIUM + ") and ChromeDriver (" + CHROMEDRIVER + ") are needed for browser tests";
            if ("required".equals(System.getProperty("gongxue.browser-tests"))) {
                Assertions.fail(missing + ", and gongxue.browser-tests=required");
            }
            Assumptions.abort(missing + "; skipping (set gongxue.browser-tests=required to fail instead)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The flags that keep Chromium quiet and working headless as root on a closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Signs in through the login page as one of the demo accounts and waits until it is done. */
    public static void signIn(WebDriver driver, URL base, String username) {
        signIn(driver, base, username, Api.DEMO_PASSWORD);
    }

    /** Signs in through the login page and waits until it is done. */
    public static void signIn(WebDriver driver, URL base, String username, String password) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login-form:username")).sendKeys(username);
        driver.findElement(By.id("login-form:password")).sendKeys(password);
        driver.findElement(By.id("login-form:sign-in")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out-form:sign-out")));
    }

    /** Saves what the browser shows, for a person to look at when a test fails or passes. */
    public static void screenshot(WebDriver driver, String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
