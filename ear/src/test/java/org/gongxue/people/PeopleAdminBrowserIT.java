package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A locality administrator manages the people of their locality in the browser: finds them,
 * creates one, edits them, resets their password and disables them, and the list shows each change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleAdminBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void aLocalityAdministratorCreatesEditsResetsAndDisablesAPersonOfTheirLocality() throws Exception {
        // The test database outlives a run: a new login name and phone number every time.
        String suffix = String.valueOf(System.currentTimeMillis() % 100_000_000L);
        String username = "it.admin." + suffix;
        String phone = "139" + "%08d".formatted(Long.parseLong(suffix));
        Browser.signIn(browser, base, "admin.qingpu");

        browser.get(base + "admin/index.xhtml");
        assertThat(browser.findElement(By.id("people-count")).getText()).startsWith("共 ");
        assertThat(texts(".person-locality")).isNotEmpty().containsOnly("青浦区");
        assertThat(browser.findElement(By.id("import-link")).getAttribute("href")).endsWith("/admin/import.xhtml");
        assertThat(browser.findElement(By.id("audit-link")).getAttribute("href")).endsWith("/admin/audit.xhtml");
        assertThat(browser.findElements(By.id("search-locality"))).as("locality filter for platform admins only").isEmpty();
        Browser.screenshot(browser, "people-admin-list");

        browser.findElement(By.id("search-text")).sendKeys("cadre.");
        clickAndWait("search-button");
        waitFor(ExpectedConditions.urlContains("q=cadre."));
        assertThat(texts(".person-username")).contains("cadre.qingpu").doesNotContain("cadre.wujiang", "cadre.jiashan");

        // Create: the locality is fixed to the administrator's own, administrator roles are not offered.
        clickAndWait("new-person");
        assertThat(browser.findElement(By.id("fixed-locality")).getText()).isEqualTo("青浦区");
        assertThat(browser.findElement(By.id("person-form:roles")).getText()).contains("教师").doesNotContain("管理员");
        type("person-form:username", username);
        type("person-form:name", "测试学员");
        new Select(browser.findElement(By.id("person-form:unit"))).selectByVisibleText("青浦区委党校");
        type("person-form:phone", phone);
        type("person-form:initial-password", "Start2026x");
        clickAndWait("person-form:save");
        waitFor(ExpectedConditions.urlContains("id="));
        assertThat(message()).isEqualTo("已创建这位人员。");
        assertThat(browser.findElement(By.id("person-username")).getText()).isEqualTo(username);

        // A bad phone number: the problem is shown beside the phone field, and nothing is saved.
        type("person-form:name", "不该保存");
        type("person-form:phone", "12345");
        clickAndWait("person-form:save");
        assertThat(browser.findElement(By.id("person-form:phone-message")).getText()).contains("电话号码");
        assertThat(browser.findElement(By.id("person-form:phone")).getAttribute("aria-describedby")).contains("phone-message");
        Browser.screenshot(browser, "people-admin-field-error");
        assertThat(row(username)).contains("测试学员").doesNotContain("不该保存");

        // Edit: a new name and the teacher role.
        openPerson(username);
        type("person-form:name", "测试学员改");
        type("person-form:position", "科员");
        browser.findElement(By.xpath("//label[normalize-space()='教师']")).click();
        clickAndWait("person-form:save");
        assertThat(message()).isEqualTo("已保存。");
        assertThat(row(username)).contains("测试学员改", "青浦区委党校", "教师", "正常");

        // Reset the password: asked back first, then done.
        openPerson(username);
        type("password-form:new-password", "Reset2026abc");
        clickAndWait("password-form:reset-password");
        assertThat(browser.findElement(By.id("confirm-question")).getText()).contains("重置", "测试学员改", username);
        clickAndWait("confirm-form:confirm");
        assertThat(message()).contains("密码已重置");

        // Disable: cancelling changes nothing; confirming disables.
        clickAndWait("status-form:disable");
        clickAndWait("confirm-form:cancel");
        assertThat(browser.findElement(By.id("person-status")).getText()).isEqualTo("正常");
        clickAndWait("status-form:disable");
        Browser.screenshot(browser, "people-admin-confirm-disable");
        clickAndWait("confirm-form:confirm");
        assertThat(message()).isEqualTo("账号已停用。");
        assertThat(browser.findElement(By.id("person-status")).getText()).isEqualTo("已停用");
        assertThat(row(username)).contains("已停用");
    }

    @Test
    void thePlatformAdministratorFiltersByLocality() {
        Browser.signIn(browser, base, "platform.admin");
        browser.get(base + "admin/index.xhtml");

        new Select(browser.findElement(By.id("search-locality"))).selectByVisibleText("吴江区");
        clickAndWait("search-button");

        waitFor(ExpectedConditions.urlContains("locality=WUJIANG"));
        assertThat(texts(".person-locality")).isNotEmpty().containsOnly("吴江区");
        assertThat(new Select(browser.findElement(By.id("search-locality"))).getFirstSelectedOption().getText())
                .isEqualTo("吴江区");
    }

    /** The table row of the one person with this login name, found with the search box. */
    private String row(String username) {
        browser.get(base + "admin/index.xhtml?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        List<WebElement> rows = browser.findElements(By.cssSelector("#people-form\\:people tbody tr"));
        assertThat(rows).hasSize(1);
        return rows.get(0).getText();
    }

    private void openPerson(String username) {
        row(username);
        browser.findElement(By.cssSelector("#people-form\\:people tbody .person-link")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("person-username")));
    }

    private String message() {
        return browser.findElement(By.id("person-messages")).getText();
    }
}
