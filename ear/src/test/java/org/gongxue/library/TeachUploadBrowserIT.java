package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongxue.testing.Api;
import org.gongxue.testing.Browser;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher uploads a lecture's video, slides and handout on the lecture page, sees each in the
 * table with its processing state, is told plainly when a file is refused, deletes one after
 * confirming, and continues a paused upload after reloading the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachUploadBrowserIT extends LecturePageBrowserTest {

    private static final String TEACHER = "teacher.jiashan";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    private Api api;
    private long lecture;

    @BeforeEach
    void aLectureAndASignedInTeacher() {
        api = new Api(base);
        LibraryApi library = new LibraryApi(api);
        lecture = library.addLecture(TEACHER, library.createCourse(TEACHER, "嘉善县域数字化转型"), "第一讲 数字乡村");
        Browser.signIn(browser, base, TEACHER);
        browser.get(base + "library/teach/lecture.xhtml?id=" + lecture);
    }

    @Test
    void aVideoSlidesAndAHandoutAreUploadedShownAndOneIsDeleted() throws Exception {
        uploadOnLecturePage("VIDEO", file("开班动员.mp4", TeachingFiles.video(9 * 1024 * 1024)));
        uploadOnLecturePage("SLIDES", file("课件.pdf", TeachingFiles.slidesPdf(200_000)));
        uploadOnLecturePage("DOCUMENT", file("讲义.docx", MinimalDocx.of("嘉善数字乡村建设的做法")));

        assertThat(texts(".material-name")).containsExactlyInAnyOrder("开班动员.mp4", "课件.pdf", "讲义.docx");
        assertThat(texts(".material-state")).allSatisfy(state -> assertThat(state)
                .isIn("排队中", "处理中", "已就绪", "处理失败"));
        assertThat(browser.findElement(By.id("upload-progress")).getAttribute("aria-valuenow")).isEqualTo("100");
        Browser.screenshot(browser, "teach-lecture-uploaded");

        // An executable named .pdf: refused with the reason, nothing added to the table.
        new Select(browser.findElement(By.id("upload-slot"))).selectByValue("SLIDES");
        browser.findElement(By.id("upload-file")).sendKeys(file("年度总结.pdf",
                TeachingFiles.windowsExecutable(30_000)).toString());
        browser.findElement(By.id("upload-start")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "上传失败"));
        assertThat(browser.findElement(By.id("upload-status")).getText()).contains("实际格式");
        assertThat(texts(".material-name")).hasSize(3);
        Browser.screenshot(browser, "teach-lecture-refused");

        // Deleting is asked back first (once processing is over, so that no poll redraws the table meanwhile).
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(driver -> texts(".material-state").stream()
                .noneMatch(state -> state.equals("排队中") || state.equals("处理中")));
        browser.findElement(By.xpath("//tr[contains(., '课件.pdf')]//input[contains(@class, 'delete-material')]"))
                .click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("confirm-question")));
        assertThat(browser.findElement(By.id("confirm-question")).getText()).contains("课件.pdf");
        clickAndWait("confirm-form:confirm");
        assertThat(browser.findElement(By.id("lecture-messages")).getText()).contains("资料《课件.pdf》已删除");
        assertThat(texts(".material-name")).containsExactlyInAnyOrder("开班动员.mp4", "讲义.docx");
    }

    @Test
    void aPausedUploadContinuesAfterAReloadFromThePartsTheServerHas() throws Exception {
        Path video = file("第二讲.mp4", TeachingFiles.video(160 * 1024 * 1024 + 12345));
        new Select(browser.findElement(By.id("upload-slot"))).selectByValue("VIDEO");
        browser.findElement(By.id("upload-file")).sendKeys(video.toString());
        browser.findElement(By.id("upload-start")).click();
        // Looked at often: on this machine the whole file goes up in a few seconds.
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(20)).until(driver -> percent() >= 15);
        browser.findElement(By.id("upload-pause")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "已暂停"));
        String uploadId = (String) script().executeScript("""
                const key = Object.keys(localStorage).find(k => k.startsWith('gongxue.upload:'));
                return key && JSON.parse(localStorage.getItem(key)).id;""");
        List<Integer> received = LibraryApi.numbers(LibraryApi.expect(
                api.get(TEACHER, DEMO_PASSWORD, "api/uploads/" + uploadId), 200), "receivedParts");
        assertThat(received).hasSizeGreaterThanOrEqualTo(2);
        int partCount = (int) LibraryApi.number(api.get(TEACHER, DEMO_PASSWORD, "api/uploads/" + uploadId), "partCount");

        browser.navigate().refresh();
        script().executeScript("""
                window.progressSeen = [];
                new MutationObserver(() => window.progressSeen.push(
                    Number(document.getElementById('upload-progress').getAttribute('aria-valuenow'))))
                    .observe(document.getElementById('upload-progress'), {attributes: true, attributeFilter: ['aria-valuenow']});""");
        new Select(browser.findElement(By.id("upload-slot"))).selectByValue("VIDEO");
        browser.findElement(By.id("upload-file")).sendKeys(video.toString());
        browser.findElement(By.id("upload-start")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "上传完成"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("materials-form:materials"), "第二讲.mp4"));

        @SuppressWarnings("unchecked")
        List<Long> seen = (List<Long>) script().executeScript("return window.progressSeen;");
        long firstAfterResuming = seen.stream().filter(value -> value > 0).findFirst().orElseThrow();
        assertThat(firstAfterResuming).as("progress shown after resuming: " + seen)
                .isGreaterThanOrEqualTo(received.size() * 100L / partCount);
        assertThat(api.get(TEACHER, DEMO_PASSWORD, "api/uploads/" + uploadId).statusCode()).isEqualTo(404);
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(files.resolve(name), content);
    }

    private long percent() {
        String now = browser.findElement(By.id("upload-progress")).getAttribute("aria-valuenow");
        return now == null ? 0 : Long.parseLong(now);
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser;
    }
}
