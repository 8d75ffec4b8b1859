package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongxue.testing.Api;
import org.gongxue.testing.Browser;
import org.gongxue.testing.BrowserTest;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The committee in the browser: an expert starts a thread with the rich-text editor and
 * @mentions another (picked from suggestions), who is notified and replies quoting part of it and
 * attaches a file; a moderator locks it; the pages carry a CSP; an outsider is refused the space's pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void expertsDiscussInTheCommitteeAndAModeratorLocksTheThread() throws Exception {
        ForumApi forum = new ForumApi(new Api(base));
        String first = forum.newPerson("expert.a", "EXPERT");
        String second = forum.newPerson("expert.b", "EXPERT");
        String moderator = forum.newPerson("expert.m", "EXPERT");
        String spaceName = "专家咨询委员会 " + first;
        long space = forum.createSpace(spaceName, "EXPERT_COMMITTEE", "MEMBERS");
        forum.addMember(space, first);
        forum.addMember(space, second);
        forum.addModerator(space, moderator);

        Browser.signIn(browser, base, first, ForumApi.PASSWORD);
        clickAndWait(By.cssSelector("#nav-spaces a"));
        clickAndWait(By.linkText(spaceName));
        type(By.id("thread-form:thread-title"), "关于示范区课程共享的建议");
        WebElement body = editor("thread-form:thread-body");
        body.sendKeys("建议三地共建七种能力课程，每年更新一次。请 @expert.b");
        // Suggestions as one types: only members of this members-only space are offered.
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gx-mention-option")));
        assertThat(browser.findElements(By.cssSelector(".gx-mention-option"))).extracting(WebElement::getText)
                .containsExactly("测试人员 @" + second);
        Browser.screenshot(browser, "forum-mention-suggestions");
        body.sendKeys(Keys.ENTER);
        body.sendKeys("指正。");
        clickAndWait(By.id("thread-form:start-thread"));
        assertThat(browser.findElement(By.id("page-heading")).getText()).isEqualTo("关于示范区课程共享的建议");
        assertThat(postTexts()).containsExactly("建议三地共建七种能力课程，每年更新一次。请 @" + second + " 指正。");
        String threadAddress = browser.getCurrentUrl();

        signInAgain(second);
        assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo("1");
        clickAndWait(By.id("notifications-link"));
        assertThat(browser.findElement(By.cssSelector(".notification-link")).getText())
                .isEqualTo("测试人员 在“关于示范区课程共享的建议”中提到了您");
        clickAndWait(By.cssSelector(".notification-link"));
        assertThat(browser.findElements(By.id("unread-count"))).as("reading the post reads its notification").isEmpty();
        clickAndWait(By.cssSelector("#post-1 .quote-button"));
        type(By.id("reply-form:quote-text"), "七种能力课程");
        editor("reply-form:reply-body").sendKeys("同意，并建议增加现场教学。");
        clickAndWait(By.id("reply-form:send-reply"));
        assertThat(browser.getCurrentUrl()).as("the page shows the new post").endsWith("#post-2");
        assertThat(browser.findElement(By.cssSelector("#post-2 .quote-text")).getText()).isEqualTo("七种能力课程");
        assertThat(postTexts()).hasSize(2).last().isEqualTo("同意，并建议增加现场教学。");
        Browser.screenshot(browser, "forum-quoted-reply");
        clickAndWait(By.cssSelector("#post-2 .attach-button"));
        Path minutes = Files.writeString(Files.createTempFile("forum-", ".txt"), "现场教学安排：青浦、吴江、嘉善各一处。");
        browser.findElement(By.id("attach-form:attach-file")).sendKeys(minutes.toString());
        clickAndWait(By.id("attach-form:send-attachment"));
        assertThat(browser.findElement(By.cssSelector("#post-2 .attachment-link")).getText())
                .isEqualTo(minutes.getFileName().toString());

        signInAgain(moderator);
        browser.get(threadAddress);
        clickAndWait(By.id("moderation-form:lock"));
        assertThat(browser.findElement(By.id("locked-badge")).getText()).isEqualTo("已锁定");

        signInAgain(second);
        browser.get(threadAddress);
        assertThat(browser.findElement(By.id("locked-notice")).getText()).contains("已锁定");
        assertThat(browser.findElements(By.id("reply-form:send-reply"))).isEmpty();

        signInAgain("cadre.qingpu");
        browser.get(threadAddress);
        assertThat(browser.getPageSource()).doesNotContain("七种能力");
        assertThat(browser.getTitle()).as("the forbidden page").startsWith("没有访问权限");
        browser.get(base + "forum/index.xhtml");
        assertThat(browser.findElements(By.linkText(spaceName))).isEmpty();
    }

    @Test
    void forumPagesSendAContentSecurityPolicyThatAllowsNothingFromElsewhere() {
        WebSession session = new WebSession(base);
        session.signIn("cadre.qingpu", Api.DEMO_PASSWORD);

        String policy = session.get("forum/index.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                "form-action 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval", "*", "http:", "https:");
        assertThat(session.get("index.xhtml").headers().firstValue("Content-Security-Policy"))
                .as("other features' pages are not changed").isEmpty();
    }

    @Test
    void oddAddressesOfAThreadPageDoNoHarm() {
        ForumApi forum = new ForumApi(new Api(base));
        String author = forum.newPerson("expert.odd", "EXPERT");
        long space = forum.createSpace("开放论坛 " + author, "OPEN_FORUM", "ZONE");
        long thread = forum.startedThread(author, space, "地址测试", "<p>第一帖</p>");
        WebSession session = new WebSession(base);
        session.signIn("cadre.qingpu", Api.DEMO_PASSWORD);

        assertThat(session.get("forum/thread.xhtml?id=" + thread + "&page=x").body()).contains("第一帖");
        assertThat(session.get("forum/thread.xhtml?id=" + thread + "&page=99999999999").body()).contains("第一帖");
        assertThat(session.get("forum/thread.xhtml?id=abc").statusCode()).isEqualTo(404);
        assertThat(session.get("forum/thread.xhtml?id=-1").statusCode()).isEqualTo(404);
    }

    private void signInAgain(String username) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base, username, username.startsWith("expert.") ? ForumApi.PASSWORD : Api.DEMO_PASSWORD);
    }

    private WebElement editor(String id) {
        By quill = By.cssSelector("[id='" + id + "'] .ql-editor");
        waitFor(ExpectedConditions.elementToBeClickable(quill));
        WebElement editor = browser.findElement(quill);
        editor.click();
        return editor;
    }

    private List<String> postTexts() {
        return browser.findElements(By.cssSelector(".gx-post-body")).stream().map(WebElement::getText).toList();
    }

    private void clickAndWait(By target) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.documentElement.dataset.leaving = 'yes'");
        browser.findElement(target).click();
        waitFor(driver -> script.executeScript(
                "return document.readyState === 'complete' && !document.documentElement.dataset.leaving"));
    }

    private void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }
}
