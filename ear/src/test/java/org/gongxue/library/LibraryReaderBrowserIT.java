package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.gongxue.testing.Browser;
import org.gongxue.testing.BrowserTest;
import org.gongxue.testing.MinimalPdf;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A cadre in a real browser: types a word into the site's search box, opens the course, goes
 * from a subtitle hit to the lecture at the second the word is spoken, plays it, moves through
 * the transcript; the pages hold on a phone's width and are used with the keyboard.
 * {@link ReaderLibrary} makes the library when the deployment starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryReaderBrowserIT extends BrowserTest {

    /** The video element video.js wraps (it moves the element's id to its own container). */
    private static final String VIDEO = "var video = document.querySelector('#lecture-video video'); return video && video";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(ReaderLibrary.class, MinimalPdf.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aCadreFindsALectureByASpokenWordAndItPlaysFromThatSecond() throws Exception {
        Browser.signIn(browser, base, "cadre.qingpu");
        assertThat(browser.findElement(By.cssSelector("#nav-library a")).getAttribute("href"))
                .endsWith("/library/search.xhtml");

        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys(ReaderLibrary.SPOKEN_WORDS, Keys.ENTER);
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("result-list")));
        assertThat(browser.findElement(By.id("results-heading")).getText()).contains("1");
        List<WebElement> courseLinks = browser.findElements(By.cssSelector(".gx-result-title a"));
        assertThat(courseLinks).extracting(WebElement::getText).containsExactly(ReaderLibrary.QINGPU_COURSE);
        assertThat(browser.findElement(By.cssSelector(".gx-result-title a em, .gx-snippet em, .gx-cue-hit em")).getText())
                .isNotBlank();
        Browser.screenshot(browser, "library-search");

        WebElement cueHit = browser.findElement(By.cssSelector(".gx-cue-hit"));
        assertThat(cueHit.getText()).contains("0:12");
        cueHit.click();
        wait(browser).until(driver -> number(driver, VIDEO + ".readyState") >= 1);
        wait(browser).until(driver -> Math.abs(number(driver, VIDEO + ".currentTime") - ReaderLibrary.SPOKEN_AT) < 1);
        assertThat(browser.getCurrentUrl()).contains("t=" + ReaderLibrary.SPOKEN_AT);

        browser.findElement(By.cssSelector(".vjs-big-play-button")).click();
        wait(browser).until(driver -> !Boolean.TRUE.equals(script(driver, VIDEO + ".paused"))
                && number(driver, VIDEO + ".currentTime") > ReaderLibrary.SPOKEN_AT + 0.5);
        assertThat(number(browser, VIDEO + ".readyState")).isGreaterThanOrEqualTo(2);
        Browser.screenshot(browser, "library-lecture-playing");

        WebElement playControl = browser.findElement(By.cssSelector(".vjs-control-bar .vjs-play-control"));
        playControl.sendKeys(Keys.ENTER);
        wait(browser).until(driver -> Boolean.TRUE.equals(script(driver, VIDEO + ".paused")));
        assertThat(script(browser, "return document.activeElement.classList.contains('vjs-play-control')")).isEqualTo(true);
        playControl.sendKeys(Keys.SPACE);
        wait(browser).until(driver -> Boolean.FALSE.equals(script(driver, VIDEO + ".paused")));

        WebElement laterLine = browser.findElements(By.cssSelector("#transcript .gx-cue")).stream()
                .filter(button -> button.getAttribute("data-start").equals(Integer.toString(ReaderLibrary.LATER_LINE_AT)))
                .findFirst().orElseThrow();
        laterLine.sendKeys(Keys.ENTER);
        wait(browser).until(driver -> number(driver, VIDEO + ".currentTime") >= ReaderLibrary.LATER_LINE_AT);
        wait(browser).until(driver -> "true".equals(laterLine.getAttribute("aria-current")));
    }

    @Test
    void theCourseFacetsAndDocumentsWorkOnAPhoneWithTheKeyboard() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.signIn(browser, base, "cadre.qingpu");
        browser.get(base + "library/search.xhtml?q=" + LibraryReaderIT.encoded("太浦河 | 跨域协同"));

        assertThat(number(browser, "return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(number(browser, "return window.innerWidth"));
        WebElement topic = browser.findElement(By.cssSelector("#facet-topic input[value='DELTA_INTEGRATION']"));
        WebElement label = browser.findElement(By.cssSelector("label[for='" + topic.getAttribute("id") + "']"));
        assertThat(label.getText()).contains("长三角一体化").containsPattern("\\(\\d+\\)");
        topic.sendKeys(Keys.SPACE);
        browser.findElement(By.id("apply-facets")).sendKeys(Keys.ENTER);
        wait(browser).until(ExpectedConditions.urlContains("topic=DELTA_INTEGRATION"));
        // Other tests' courses of the topic may match too; the Qingpu course of another topic must not.
        assertThat(browser.findElements(By.cssSelector(".gx-result-title a"))).extracting(WebElement::getText)
                .contains(ReaderLibrary.ZONE_COURSE).doesNotContain(ReaderLibrary.QINGPU_COURSE);
        Browser.screenshot(browser, "library-search-phone");

        browser.get(base + "library/search.xhtml?q=" + LibraryReaderIT.encoded(ReaderLibrary.DOCUMENT_WORDS));
        WebElement pageHit = browser.findElement(By.cssSelector(".gx-page-hit"));
        assertThat(pageHit.getText()).contains("第 " + ReaderLibrary.DOCUMENT_PAGE + " 页");
        browser.findElement(By.cssSelector(".gx-result-title a")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("course-lectures")));
        assertThat(browser.findElements(By.cssSelector(".gx-lecture-title a"))).extracting(WebElement::getText)
                .containsExactly("第一讲 水环境综合治理", "第二讲 河湖联保共治");
        assertThat(browser.findElement(By.id("course-lecturers")).getText()).contains(ReaderLibrary.QINGPU_LECTURER);
        assertThat(number(browser, "return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(number(browser, "return window.innerWidth"));
        Browser.screenshot(browser, "library-course-phone");

        browser.navigate().back();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".gx-page-hit")));
        browser.findElement(By.cssSelector(".gx-page-hit")).click();
        WebElement frame = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("document-frame")));
        assertThat(frame.getAttribute("src")).endsWith("#page=" + ReaderLibrary.DOCUMENT_PAGE);
        assertThat(frame.getAttribute("title")).isEqualTo("太浦河治理讲义.pdf");
    }

    @Test
    void suggestionsAppearAsOneTypesAndAreChosenWithTheKeyboard() throws Exception {
        Browser.signIn(browser, base, "cadre.qingpu");
        WebElement box = browser.findElement(By.id("site-search-q"));

        // Long enough a beginning that other tests' courses (the index outlives test runs) do not share it.
        box.sendKeys("太浦河生态治理的");
        WebElement firstOption = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#site-search-suggestions [role='option']")));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(firstOption.getText()).contains(ReaderLibrary.QINGPU_COURSE);
        Browser.screenshot(browser, "library-suggestions");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(firstOption.getAttribute("id"));
        box.sendKeys(Keys.ENTER);

        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("result-list")));
        assertThat(browser.findElement(By.id("library-q")).getAttribute("value")).isEqualTo(ReaderLibrary.QINGPU_COURSE);
        assertThat(browser.findElements(By.cssSelector(".gx-result-title a"))).extracting(WebElement::getText)
                .first().isEqualTo(ReaderLibrary.QINGPU_COURSE);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
