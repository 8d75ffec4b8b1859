package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
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

/** A locality administrator cannot open or change, through the edit page, a person of another locality. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleAdminAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void theEditPageOfAnotherLocalitysPersonAnswers403() {
        long wujiangCadre = new Api(base).idOf("cadre.wujiang");
        WebSession admin = new WebSession(base);
        admin.signIn("admin.qingpu", DEMO_PASSWORD);

        HttpResponse<String> page = admin.get("admin/person.xhtml?id=" + wujiangCadre);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("没有访问权限").doesNotContain("cadre.wujiang");
    }

    @Test
    void aFormPostAimedAtAnotherLocalitysPersonIsRefusedAndChangesNothing() {
        Api api = new Api(base);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000L);
        long own = api.createPerson("it.own." + suffix, "QINGPU", "CADRE", "Start2026x");
        long other = api.createPerson("it.other." + suffix, "WUJIANG", "CADRE", "Start2026x");
        WebSession admin = new WebSession(base);
        admin.signIn("admin.qingpu", DEMO_PASSWORD);
        String form = admin.get("admin/person.xhtml?id=" + own).body();

        // The page's own form, with the view parameter pointing at a person of Wujiang.
        HttpResponse<String> answer = admin.postForm("admin/person.xhtml?id=" + other, Map.of(
                "person-form", "person-form",
                "person-form:name", "被改的名字",
                "person-form:unit", "",
                "person-form:save", "保存",
                "jakarta.faces.ViewState", WebSession.viewState(form)));

        assertThat(answer.body()).contains("您没有权限对这位人员进行这项操作");
        for (long id : new long[] {own, other}) {
            assertThat(api.get("platform.admin", DEMO_PASSWORD, "api/people/" + id).body())
                    .contains("测试人员").doesNotContain("被改的名字");
        }
    }
}
