package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which pages each kind of visitor may open. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void visitorsSeeTheHomeAndLoginPagesAndAreSentToLoginForTheRest() {
        WebSession visitor = new WebSession(base);

        assertThat(visitor.get("").statusCode()).isEqualTo(200);
        assertThat(visitor.get("index.xhtml").body()).contains("登录");
        assertThat(visitor.get("login.xhtml").statusCode()).isEqualTo(200);
        for (String page : new String[] {"profile/index.xhtml", "admin/index.xhtml"}) {
            HttpResponse<String> refused = visitor.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).contains("/login.xhtml?next=%2F" + page.replace("/", "%2F")));
        }
    }

    @Test
    void aCadreHasAProfileButIsRefusedAdministrationWith403() {
        WebSession cadre = new WebSession(base);
        cadre.signIn("cadre.wujiang", DEMO_PASSWORD);

        assertThat(cadre.get("profile/index.xhtml").body()).contains("cadre.wujiang", "吴江区", "干部学员");
        HttpResponse<String> admin = cadre.get("admin/index.xhtml");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("没有访问权限");
    }

    @Test
    void aLocalityAdministratorSeesThePeopleOfTheirLocalityOnly() {
        WebSession admin = new WebSession(base);
        admin.signIn("admin.jiashan", DEMO_PASSWORD);

        HttpResponse<String> page = admin.get("admin/index.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("人员管理", "cadre.jiashan").doesNotContain("cadre.qingpu", "cadre.wujiang");
    }

    @Test
    void thePlatformAdministratorSeesEveryLocality() {
        WebSession admin = new WebSession(base);
        admin.signIn("platform.admin", DEMO_PASSWORD);

        HttpResponse<String> page = admin.get("admin/index.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("人员管理", "共 ");
    }
}
