package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryFixtures.uniqueWord;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gongxue.library.LecturePageBrowserTest;
import org.gongxue.testing.Api;
import org.gongxue.testing.Browser;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An event's afterlife in a real browser: its organiser puts up the poster on the event page,
 * makes the held event a course of its series and uploads the recording and subtitles on the
 * library's lecture page; once published, a cadre of another locality goes from the event page to
 * the course, from the course to its series, and finds the course by a word spoken in the recording.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventRecordingBrowserIT extends LecturePageBrowserTest {

    private static final String ORGANISER = "admin.qingpu";
    private static final String CADRE = "cadre.wujiang";
    private static final String POSTER_ALT = "海报：示范区大课堂，生态绿色一体化发展";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void theOrganiserTurnsTheHeldEventIntoACourseThatACadreFindsThroughTheSeries() throws Exception {
        String spoken = uniqueWord();
        String title = "生态绿色一体化发展 " + uniqueWord();
        Api api = new Api(base);
        EventFixtures events = new EventFixtures(api);
        long event = events.heldEvent(ORGANISER, "QINGPU", "zone", events.seriesId("GRAND_CLASSROOM"), title, "");
        expect(events.addFile(ORGANISER, event, "READING", "阅读材料.docx", null,
                MinimalDocx.of("生态绿色一体化的阅读材料")), 201);

        Browser.signIn(browser, base, ORGANISER);
        browser.get(base + "events/event.xhtml?id=" + event);
        new Select(browser.findElement(By.id("event-file-form:file-kind"))).selectByValue("POSTER");
        browser.findElement(By.id("event-file-form:file")).sendKeys(file("海报.png", EventFixtures.posterPng()).toString());
        type("event-file-form:alt-text", POSTER_ALT);
        clickAndWait("event-file-form:add-file");
        assertThat(browser.findElement(By.id("event-poster-image")).getAttribute("alt")).isEqualTo(POSTER_ALT);
        assertThat(texts("#event-material-list .gx-event-material-link")).containsExactly("阅读材料.docx");

        new Select(browser.findElement(By.id("recording-form:topic"))).selectByValue("ECO_GREEN");
        clickAndWait("recording-form:make-course");
        assertThat(browser.getCurrentUrl()).contains("library/teach/lecture.xhtml");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("materials-form:materials"), "阅读材料.docx"));
        uploadOnLecturePage("VIDEO", file("回放.mp4", h264Video(files, 20)));
        uploadOnLecturePage("SUBTITLE", file("回放.srt", subtitles(spoken)));
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(driver -> texts(".material-state").stream()
                .filter("已就绪"::equals).count() == 3);
        Browser.screenshot(browser, "event-recording-lecture-ready");
        browser.get(base + "events/event.xhtml?id=" + event);
        String courseAddress = browser.findElement(By.id("event-course-link")).getAttribute("href");
        long course = Long.parseLong(courseAddress.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        expect(api.json("POST", ORGANISER, DEMO_PASSWORD, "api/courses/" + course + "/publish", "{}"), 200);

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base, CADRE);
        browser.get(base + "events/event.xhtml?id=" + event);
        assertThat(browser.findElements(By.id("recording-form"))).isEmpty();
        clickAndWait("event-course-link");
        assertThat(browser.findElement(By.id("course-origin")).getText()).contains(title, "示范区大课堂");
        clickAndWait("course-origin-series");
        assertThat(texts("#series-course-list a")).contains(title);
        Browser.screenshot(browser, "event-recording-series");

        new WebDriverWait(browser, Duration.ofMinutes(1), Duration.ofSeconds(1)).until(driver -> {
            WebElement box = driver.findElement(By.id("site-search-q"));
            box.clear();
            box.sendKeys(spoken, Keys.ENTER);
            return !driver.findElements(By.cssSelector("#result-list .gx-result-title a")).isEmpty();
        });
        assertThat(texts("#result-list .gx-result-title a")).containsExactly(title);
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private static byte[] subtitles(String spoken) {
        return """
                1
                00:00:02,000 --> 00:00:06,000
                各位学员好，今天讲生态绿色一体化。

                2
                00:00:09,000 --> 00:00:13,000
                我们要用好 %s 的经验。
                """.formatted(spoken).getBytes(StandardCharsets.UTF_8);
    }
}
