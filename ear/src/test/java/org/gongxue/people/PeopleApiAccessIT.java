package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gongxue.testing.Api;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call what on /api/people, as scripts and forged pages would try it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleApiAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void withoutCredentialsTheApiAsksForBasicAuthentication() {
        HttpResponse<String> response = api.get(null, null, "api/people/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void aCadreReadsThemselvesAndTheirAudiences() {
        HttpResponse<String> me = api.get("cadre.qingpu", DEMO_PASSWORD, "api/people/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"cadre.qingpu\"", "\"localityCode\":\"QINGPU\"")
                .doesNotContain("password", "PBKDF2");
        // Times as ISO-8601, as clients and scripts expect, not seconds since 1970.
        assertThat(me.body()).containsPattern("\"createdAt\":\"\\d{4}-\\d{2}-\\d{2}T[^\"]+Z\"");

        HttpResponse<String> audiences = api.get("cadre.qingpu", DEMO_PASSWORD, "api/people/me/audiences");
        assertThat(audiences.body()).contains("\"zone\"", "\"locality:QINGPU\"").doesNotContain("WUJIANG", "group:");
    }

    @Test
    void theExpertBelongsToTheCommitteeGroupAndThePlatformAdministratorToEverything() {
        assertThat(api.get("expert.zone", DEMO_PASSWORD, "api/people/me/audiences").body()).contains("\"zone\"", "\"group:");
        assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/people/me/audiences").body()).contains("\"unrestricted\":true");
    }

    @Test
    void aCadreCallingAnAdministratorEndpointDirectlyGets403AndChangesNothing() {
        long id = api.idOf("cadre.wujiang");

        assertThat(api.get("cadre.qingpu", DEMO_PASSWORD, "api/people").statusCode()).isEqualTo(403);
        assertThat(api.get("cadre.qingpu", DEMO_PASSWORD, "api/people/" + id).statusCode()).isEqualTo(403);
        HttpResponse<String> edit = api.json("PUT", "cadre.qingpu", DEMO_PASSWORD, "api/people/" + id,
                "{\"name\":\"被篡改\",\"localityCode\":\"WUJIANG\"}");
        assertThat(edit.statusCode()).isEqualTo(403);

        assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/people/" + id).body()).doesNotContain("被篡改");
    }

    @Test
    void aLocalityAdministratorSeesOnlyTheirOwnLocality() {
        HttpResponse<String> list = api.get("admin.qingpu", DEMO_PASSWORD, "api/people?q=cadre.&size=50");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("cadre.qingpu").doesNotContain("cadre.wujiang", "cadre.jiashan");
        assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/people?q=cadre.&size=50").body())
                .contains("cadre.qingpu", "cadre.wujiang", "cadre.jiashan");
    }

    @Test
    void aLocalityAdministratorEditingAnotherLocalitysPersonIsRefusedAndNothingChanges() {
        long id = api.idOf("teacher.wujiang");
        String before = api.get("platform.admin", DEMO_PASSWORD, "api/people/" + id).body();

        HttpResponse<String> edit = api.json("PUT", "admin.qingpu", DEMO_PASSWORD, "api/people/" + id,
                "{\"name\":\"被青浦改名\",\"localityCode\":\"WUJIANG\"}");
        HttpResponse<String> moveHere = api.json("PUT", "admin.qingpu", DEMO_PASSWORD, "api/people/" + id,
                "{\"name\":\"被青浦改名\",\"localityCode\":\"QINGPU\"}");
        HttpResponse<String> disable = api.send(api.request("api/people/" + id + "/disable", "admin.qingpu", DEMO_PASSWORD)
                .header("X-Requested-With", "test").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(edit.body()).contains("您没有权限进行这项操作");
        assertThat(moveHere.statusCode()).isEqualTo(403);
        assertThat(disable.statusCode()).isEqualTo(403);
        assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/people/" + id).body()).isEqualTo(before);
    }

    @Test
    void aLocalityAdministratorEditsTheirOwnPeopleAndBadInputIsExplainedInChinese() {
        long id = api.createPerson("it.qp." + System.nanoTime(), "QINGPU", "CADRE", "Dianshan2026lake");

        HttpResponse<String> bad = api.json("PUT", "admin.qingpu", DEMO_PASSWORD, "api/people/" + id,
                "{\"name\":\"\",\"localityCode\":\"QINGPU\",\"phone\":\"123\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("请填写姓名", "电话号码格式不正确", "\"field\":\"phone\"");

        HttpResponse<String> good = api.json("PUT", "admin.qingpu", DEMO_PASSWORD, "api/people/" + id,
                "{\"name\":\"淀山湖学员\",\"localityCode\":\"QINGPU\",\"phone\":\"13912345678\"}");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(good.body()).contains("淀山湖学员", "13912345678");
        assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/audit?key=person:" + id).body())
                .contains("PERSON_EDITED", "PERSON_CREATED", "\"actor\":\"admin.qingpu\"");
    }

    @Test
    void aLocalityAdministratorCannotGrantAdministratorRoles() {
        long id = api.createPerson("it.qp.role." + System.nanoTime(), "QINGPU", "CADRE", "Dianshan2026lake");

        HttpResponse<String> grant = api.json("PUT", "admin.qingpu", DEMO_PASSWORD, "api/people/" + id + "/roles",
                "[\"CADRE\",\"PLATFORM_ADMIN\"]");
        HttpResponse<String> teacher = api.json("PUT", "admin.qingpu", DEMO_PASSWORD, "api/people/" + id + "/roles",
                "[\"CADRE\",\"TEACHER\"]");

        assertThat(grant.statusCode()).isEqualTo(403);
        assertThat(teacher.statusCode()).isEqualTo(200);
        assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/audit?key=person:" + id).body()).contains("ROLES_CHANGED");
    }

    @Test
    void aForgedCrossSiteFormPostIsRejectedAndChangesNothing() {
        long id = api.createPerson("it.forged." + System.nanoTime(), "JIASHAN", "CADRE", "Xitang2026town");

        // What a hostile page's <form method=post> would make the administrator's browser send.
        HttpResponse<String> formPost = api.send(api.request("api/people/" + id + "/disable", "platform.admin", DEMO_PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("confirm=yes")).build());
        // The same without the browser's hints (an old browser): the form content type alone is refused.
        HttpResponse<String> plainForm = api.send(api.request("api/people/" + id + "/disable", "platform.admin", DEMO_PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confirm=yes")).build());
        // JSON sent from another origin (only possible after a CORS preflight this API never grants).
        HttpResponse<String> foreignJson = api.send(api.request("api/people/" + id, "platform.admin", DEMO_PASSWORD)
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"localityCode\":\"JIASHAN\"}")).build());

        assertThat(formPost.statusCode()).isEqualTo(403);
        assertThat(plainForm.statusCode()).isEqualTo(403);
        assertThat(plainForm.body()).contains("修改数据的请求必须以 JSON 发送");
        assertThat(foreignJson.statusCode()).isEqualTo(403);
        assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/people/" + id).body())
                .contains("\"status\":\"ACTIVE\"").doesNotContain("\"name\":\"x\"");
    }

    @Test
    void anAdministratorDisablesAPersonWhoThenCannotSignIn() {
        String username = "it.disabled." + System.nanoTime();
        long id = api.createPerson(username, "WUJIANG", "CADRE", "Lili2026town");
        assertThat(api.get(username, "Lili2026town", "api/people/me").statusCode()).isEqualTo(200);

        HttpResponse<String> disable = api.send(api.request("api/people/" + id + "/disable", "admin.wujiang", DEMO_PASSWORD)
                .header("X-Requested-With", "XMLHttpRequest").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(disable.statusCode()).as(disable.body()).isEqualTo(200);
        assertThat(disable.body()).contains("\"status\":\"DISABLED\"");
        assertThat(api.get(username, "Lili2026town", "api/people/me").statusCode()).isEqualTo(401);
    }
}
