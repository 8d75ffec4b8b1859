package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryFixtures.uniqueWord;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.gongxue.testing.Api;
import org.gongxue.testing.Browser;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.MinimalPdf;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The library's whole path, in a real browser against the real servers: a teacher uploads a
 * lecture's video, slides, handout and subtitles on the lecture page and watches them become
 * ready; the course is published; a cadre finds the lecture by a word inside the handout and by a
 * word spoken in the video, opens it at the second the word is spoken, and the video streams with
 * byte ranges.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibraryWholePathBrowserIT extends LecturePageBrowserTest {

    private static final String TEACHER = "teacher.qingpu";
    private static final String ADMINISTRATOR = "admin.qingpu";
    private static final String CADRE = "cadre.qingpu";
    private static final int VIDEO_SECONDS = 40;
    private static final int SPOKEN_AT = 21;
    private static final String VIDEO = "var video = document.querySelector('#lecture-video video'); return video && video";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void aTeachersUploadsAreFoundByACadreWhoWatchesFromTheSpokenSecond() throws Exception {
        String written = uniqueWord();
        String spoken = uniqueWord();
        String courseTitle = "青浦营商环境优化实务 " + uniqueWord();
        Api api = new Api(base);
        LibraryApi library = new LibraryApi(api);
        long course = library.createCourse(TEACHER, courseTitle);
        long lecture = library.addLecture(TEACHER, course, "第一讲 一网通办");

        Browser.signIn(browser, base, TEACHER);
        browser.get(base + "library/teach/lecture.xhtml?id=" + lecture);
        uploadOnLecturePage("VIDEO", file("第一讲.mp4", h264Video(files, VIDEO_SECONDS)));
        uploadOnLecturePage("SLIDES", file("课件.pdf", MinimalPdf.of("One network", "Reform")));
        uploadOnLecturePage("DOCUMENT", file("讲义.docx", MinimalDocx.of("营商环境优化的青浦经验 " + written)));
        uploadOnLecturePage("SUBTITLE", file("第一讲.srt", subtitles(spoken)));
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(driver -> texts(".material-state").stream()
                .filter("已就绪"::equals).count() == 4);
        Browser.screenshot(browser, "whole-path-teacher-ready");

        LibraryApi.expect(api.json("POST", TEACHER, DEMO_PASSWORD, "api/courses/" + course + "/submit", "{}"), 200);
        LibraryApi.expect(api.json("POST", ADMINISTRATOR, DEMO_PASSWORD, "api/courses/" + course + "/publish", "{}"), 200);

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base, CADRE);
        searchUntilFound(written);
        assertThat(browser.findElements(By.cssSelector(".gx-result-title a"))).extracting(WebElement::getText)
                .containsExactly(courseTitle);

        searchUntilFound(spoken);
        WebElement cueHit = browser.findElement(By.cssSelector(".gx-cue-hit"));
        assertThat(cueHit.getText()).contains("0:" + SPOKEN_AT);
        cueHit.click();
        waitUntil(() -> number(browser, VIDEO + ".readyState") >= 1);
        waitUntil(() -> Math.abs(number(browser, VIDEO + ".currentTime") - SPOKEN_AT) < 1);
        Browser.screenshot(browser, "whole-path-cadre-lecture");

        String source = (String) script(browser, VIDEO + ".currentSrc");
        HttpResponse<String> range = api.send(api.request(source.substring(base.toString().length()), CADRE,
                DEMO_PASSWORD).header("Range", "bytes=100-199").GET().build());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValueSatisfying(value ->
                assertThat(value).matches("bytes 100-199/\\d+"));
        assertThat(range.headers().firstValueAsLong("Content-Length")).hasValue(100);
    }

    /** Types the word into the site's search box until the index has caught up with processing. */
    private void searchUntilFound(String word) {
        new WebDriverWait(browser, Duration.ofMinutes(1), Duration.ofSeconds(1)).until(driver -> {
            WebElement box = driver.findElement(By.id("site-search-q"));
            box.clear();
            box.sendKeys(word, Keys.ENTER);
            return !driver.findElements(By.cssSelector("#result-list .gx-result-title a")).isEmpty();
        });
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private static byte[] subtitles(String spoken) {
        return """
                1
                00:00:02,000 --> 00:00:06,000
                同志们好，今天我们讲一网通办。

                2
                00:00:%d,000 --> 00:00:%d,000
                关键在于 %s 的办法。
                """.formatted(SPOKEN_AT, SPOKEN_AT + 4, spoken).getBytes(StandardCharsets.UTF_8);
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> condition.getAsBoolean());
    }
}
