package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A platform administrator imports a roster in the browser: a file with a bad row is shown with
 * its problem and cannot be imported; the corrected file imports; the audit log shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportBrowserIT extends BrowserTest {

    private static final String HEADER = "姓名,手机号,区县,单位\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void aBadRowIsShownAndBlocksTheImportThenTheCorrectedRosterImports() throws Exception {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Path bad = roster("有问题的名单.csv", HEADER + "周杰," + phone + ",青浦区,青浦区委党校\n吴磊,12345,吴江区,吴江区委党校\n");
        Path good = roster("名单.csv", HEADER + "周杰," + phone + ",青浦区,青浦区委党校\n");
        Browser.signIn(browser, base, "platform.admin");

        browser.get(base + "admin/import.xhtml");
        upload(bad);

        assertThat(browser.findElement(By.id("preview-summary")).getText()).contains("2 行", "1 行有问题");
        assertThat(browser.findElement(By.id("preview-form:preview-rows")).getText()).contains("手机号“12345”不正确");
        assertThat(browser.findElements(By.id("import-form:commit"))).isEmpty();
        assertThat(browser.findElement(By.id("cannot-import")).getText()).contains("不会导入任何人员");
        Browser.screenshot(browser, "roster-preview-problems");

        upload(good);
        browser.findElement(By.id("import-form:initial-password")).sendKeys("Chushi2026mima");
        browser.findElement(By.id("import-form:commit")).click();

        wait(By.id("import-done"));
        assertThat(browser.findElement(By.id("import-done")).getText()).contains("已导入 1 人");

        browser.get(base + "admin/audit.xhtml");
        assertThat(browser.findElement(By.id("audit-table-form:audit-entries")).getText()).contains("导入名单", "platform.admin");
        Browser.screenshot(browser, "audit-log");
    }

    @Test
    void aLocalityAdministratorMayNotReadTheAuditLog() {
        Browser.signIn(browser, base, "admin.qingpu");

        browser.get(base + "admin/audit.xhtml");

        assertThat(browser.findElement(By.id("page-heading")).getText()).isEqualTo("没有访问权限");
        assertThat(browser.findElements(By.id("audit-table-form:audit-entries"))).isEmpty();
    }

    private void upload(Path roster) {
        browser.findElement(By.id("upload-form:roster-file")).sendKeys(roster.toAbsolutePath().toString());
        browser.findElement(By.id("upload-form:preview")).click();
        wait(By.id("preview-summary"));
    }

    private void wait(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private Path roster(String name, String text) throws Exception {
        return Files.write(files.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
