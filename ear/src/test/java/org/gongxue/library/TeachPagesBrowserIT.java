package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
 * A teacher writes a course in the browser — fields, a lecturer, lectures in order — and submits
 * it; the administrator of its locality publishes it from the review queue. Bad input shows its
 * problem beside the field and saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachPagesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTeacherWritesACourseWithLecturesAndTheAdministratorPublishesIt() throws Exception {
        String title = "示范区跨域协同治理 " + System.currentTimeMillis() % 100_000;
        Browser.signIn(browser, base, "teacher.qingpu");
        clickAndWait("teach-link");
        clickAndWait("new-course");

        // Nothing filled in: each problem beside its field, no course created.
        type("course-form:credit-hours", "0.25");
        clickAndWait("course-form:save");
        assertThat(browser.findElement(By.id("course-form:title-message")).getText()).isEqualTo("请填写标题。");
        assertThat(browser.findElement(By.id("course-form:topic-message")).getText()).isEqualTo("请选择专题。");
        assertThat(browser.findElement(By.id("course-form:credit-hours-message")).getText()).contains("0.5到100");
        assertThat(browser.getCurrentUrl()).doesNotContain("id=");
        Browser.screenshot(browser, "teach-course-problems");

        type("course-form:title", title);
        type("course-form:summary", "面向青浦干部的协同治理课程");
        new Select(browser.findElement(By.id("course-form:topic"))).selectByVisibleText("长三角一体化");
        browser.findElement(By.xpath("//label[normalize-space()='改革攻坚能力']")).click();
        type("course-form:credit-hours", "1.5");
        new Select(browser.findElement(By.id("course-form:audience"))).selectByVisibleText("青浦区");
        browser.findElement(By.cssSelector("#new-lecturer summary")).click();
        type("lecturer-form:lecturer-name", "陆晓红");
        new Select(browser.findElement(By.id("lecturer-form:lecturer-kind"))).selectByVisibleText("党校教师");
        browser.findElement(By.id("lecturer-form:create-lecturer")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("course-form:chosen-lecturers"), "陆晓红"));
        clickAndWait("course-form:save");
        waitFor(ExpectedConditions.urlContains("id="));
        assertThat(browser.findElement(By.id("course-messages")).getText()).contains("课程已创建");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("草稿");
        assertThat(browser.findElement(By.id("course-form:chosen-lecturers")).getText()).contains("陆晓红");

        Path cover = Files.createTempFile("cover", ".png");
        ImageIO.write(new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB), "png", cover.toFile());
        browser.findElement(By.id("cover-form:cover")).sendKeys(cover.toString());
        clickAndWait("cover-form:upload-cover");
        assertThat(browser.findElement(By.id("course-messages")).getText()).contains("封面已更新");
        waitFor(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('cover-image').naturalWidth")).intValue() == 320);

        type("lecture-form:lecture-title", "第一讲 协同治理的制度框架");
        clickAndWait("lecture-form:add-lecture");
        type("lecture-form:lecture-title", "第二讲 案例：元荡岸线贯通");
        clickAndWait("lecture-form:add-lecture");
        browser.findElements(By.cssSelector(".lecture-item .move-up")).get(0).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("course-messages"), "讲次顺序已调整"));
        assertThat(texts(".lecture-link")).containsExactly("第二讲 案例：元荡岸线贯通", "第一讲 协同治理的制度框架");
        Browser.screenshot(browser, "teach-course-editor");

        clickAndWait("status-form:submit-for-review");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
        clickAndWait("back-to-workspace");
        assertThat(texts(".course-row")).anySatisfy(row -> assertThat(row).contains(title, "待审核", "2"));

        clickAndWait("sign-out-form:sign-out");
        Browser.signIn(browser, base, "admin.qingpu");
        browser.get(base + "library/teach/review.xhtml");
        assertThat(texts(".review-row")).anySatisfy(row -> assertThat(row).contains(title, "青浦区"));
        browser.findElement(By.xpath("//tr[contains(., '" + title + "')]//input[contains(@class, 'publish-course')]"))
                .click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review-messages"), title));
        assertThat(browser.findElement(By.id("review-messages")).getText()).contains("已发布");
        assertThat(texts(".review-row")).noneSatisfy(row -> assertThat(row).contains(title));
        Browser.screenshot(browser, "teach-review-published");
    }

    @Test
    void aCadreIsNotOfferedTheWorkspace() {
        Browser.signIn(browser, base, "cadre.qingpu");
        assertThat(browser.findElements(By.id("teach-link"))).isEmpty();
    }
}
