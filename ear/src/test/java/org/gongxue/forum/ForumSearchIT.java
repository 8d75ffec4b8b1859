package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/**
 * Posts reach the site search through the outbox, and only their space's audience finds them: a
 * cadre never meets a members-only committee post as a hit, a snippet or a count, over REST or on
 * the library's search page; a hidden post leaves the index.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCadreNeverFindsAMembersOnlyCommitteePostNotEvenAsACount() throws Exception {
        ForumApi forum = new ForumApi(new Api(base));
        String member = forum.newPerson("expert.s", "EXPERT");
        String word = ForumApi.uniqueWord();
        long committee = forum.createSpace("委员会检索" + member, "EXPERT_COMMITTEE", "MEMBERS");
        forum.addMember(committee, member);
        long secret = forum.startedThread(member, committee, "闭门议题" + word,
                "<p>湿地保护补偿机制的内部意见 " + word + "，请勿外传。</p>");
        long open = forum.createSpace("开放讨论检索" + member, "OPEN_FORUM", "ZONE");
        long shared = forum.startedThread(member, open, "公开议题", "<p>生态绿色发展的公开讨论 " + word + "。</p>");

        String forMember = forum.searchUntil(member, word, body -> body.contains("\"threadCount\":2"));
        assertThat(forMember).contains("\"threadId\":" + secret, "\"threadId\":" + shared, "EXPERT_COMMITTEE",
                "<em>" + word + "</em>");

        String forCadre = forum.search("cadre.qingpu", word);
        assertThat(forCadre).contains("\"threadCount\":1", "\"threadId\":" + shared)
                .doesNotContain("\"threadId\":" + secret, "闭门议题", "内部意见", "EXPERT_COMMITTEE");
        assertThat(forum.search("cadre.qingpu", "湿地保护补偿机制 " + word))
                .contains("\"threadCount\":0", "\"hits\":[]", "\"spaceKindCounts\":{}");
        assertThat(forum.api().get("cadre.qingpu", DEMO_PASSWORD, "api/search?q=" + encoded(word)).body())
                .as("the library's search keeps to the library's documents").doesNotContain("闭门议题", "公开议题");

        WebSession cadre = new WebSession(base);
        cadre.signIn("cadre.qingpu", DEMO_PASSWORD);
        String page = cadre.get("library/search.xhtml?q=" + encoded(word)).body();
        assertThat(page).contains("forum-hit-" + shared, "公开议题").doesNotContain("闭门议题", "内部意见");
        assertThat(cadre.get("forum/search.xhtml?q=" + encoded(word)).body()).contains("forum-hit-" + shared)
                .doesNotContain("forum-hit-" + secret, "内部意见");

        long sharedPost = ForumApi.postId(forum.page(member, shared, 0).body(), 1);
        assertThat(forum.post(ForumApi.ADMIN, "api/forum/posts/" + sharedPost + "/hide").statusCode()).isEqualTo(204);
        forum.searchUntil(member, word, body -> body.contains("\"threadCount\":1"));
        assertThat(forum.search("cadre.qingpu", word)).contains("\"threadCount\":0");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
