package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongxue.testing.Api;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in with the form and with Basic: session ids, lock-out, first-sign-in password change, no clear passwords. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void byDefaultAProtectedPageLeadsToTheLocalLoginForm() {
        WebSession session = new WebSession(base);

        HttpResponse<String> profile = session.get("profile/index.xhtml");
        HttpResponse<String> login = session.get("login.xhtml");

        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(profile.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login.xhtml?next="));
        assertThat(login.body()).contains("id=\"login-form:password\"").doesNotContain("single-sign-on");
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        WebSession session = new WebSession(base);
        session.get("login.xhtml");
        String before = session.sessionId().orElseThrow();

        HttpResponse<String> signedIn = session.signIn("teacher.jiashan", DEMO_PASSWORD);

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(session.sessionId()).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
        assertThat(session.get("profile/index.xhtml").body()).contains("teacher.jiashan", "嘉善县");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPasswordAndAreAudited() {
        Api api = new Api(base);
        String username = "it.lock." + System.nanoTime();
        String password = "Fenhu2026lake";
        api.createPerson(username, "WUJIANG", "CADRE", password);

        for (int i = 0; i < 5; i++) {
            assertThat(api.get(username, "wrong-" + i + "x", "api/people/me").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> rightButLocked = api.get(username, password, "api/people/me");
        WebSession browser = new WebSession(base);
        HttpResponse<String> formWhileLocked = browser.signIn(username, password);

        assertThat(rightButLocked.statusCode()).isEqualTo(401);
        assertThat(formWhileLocked.statusCode()).isEqualTo(200);
        assertThat(formWhileLocked.body()).contains("登录失败次数过多，已暂时锁定");
        String audit = api.get("platform.admin", DEMO_PASSWORD, "api/audit?key=" + username + "&limit=20").body();
        assertThat(audit.split("SIGN_IN_FAILED", -1)).hasSize(6);
        assertThat(audit).contains("SIGN_IN_LOCKED", "\"address\":\"127.0.0.1\"");
    }

    @Test
    void aWrongPasswordInTheFormGetsAChineseMessageAndNoSession() {
        WebSession session = new WebSession(base);

        HttpResponse<String> failed = session.signIn("cadre.jiashan", "not-the-password-1");

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("账号或密码不正确");
        assertThat(session.get("profile/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void aPersonWithAPasswordSetByAnAdministratorMustChangeItFirst() {
        Api api = new Api(base);
        String username = "it.first." + System.nanoTime();
        api.createPerson(username, "QINGPU", "CADRE", "Zhujiajiao2026");
        WebSession session = new WebSession(base);

        HttpResponse<String> signedIn = session.signIn(username, "Zhujiajiao2026");
        HttpResponse<String> elsewhere = session.get("coming-soon.xhtml?feature=library");
        HttpResponse<String> profile = session.get("profile/index.xhtml");

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/profile/index.xhtml"));
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/profile/index.xhtml"));
        assertThat(profile.body()).contains("请先修改密码");
        assertThat(api.get(username, "Zhujiajiao2026", "api/people?q=x").statusCode()).isEqualTo(403);
    }

    @Test
    void passwordsAreNeverStoredOrLoggedInClear() throws Exception {
        Api api = new Api(base);
        String username = "it.clear." + System.nanoTime();
        String password = "Qz7Unmistakable" + System.nanoTime();
        api.createPerson(username, "JIASHAN", "CADRE", password);
        api.get(username, password, "api/people/me");
        api.get(username, password + "typo", "api/people/me");
        new WebSession(base).signIn(username, password);
        Thread.sleep(2000); // H2 writes committed pages to its file within a second

        Path database = Path.of(System.getProperty("it.data.dir"), "h2", "gongxue.mv.db");
        String databaseBytes = new String(Files.readAllBytes(database), StandardCharsets.ISO_8859_1);
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String logText = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(databaseBytes).as("the database holds the person").contains(username);
        assertThat(databaseBytes).doesNotContain(password);
        assertThat(logText).as("the log mentions the sign-ins").contains(username);
        assertThat(logText).doesNotContain(password);
    }
}
