package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.forum.ForumApi.ADMIN;
import static org.gongxue.forum.ForumApi.PASSWORD;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
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

/** Moderation and safety over REST: flags and the review queue, forbidden words, rate limits, withdrawing, moving. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    ForumApi forum;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
        forum = new ForumApi(api);
    }

    @Test
    void aFlaggedPostReachesTheReviewQueueAndAModeratorHidesAndRestoresIt() {
        String moderator = forum.newPerson("expert.mod", "EXPERT");
        long space = forum.createSpace("举报" + moderator, "OPEN_FORUM", "ZONE");
        forum.addModerator(space, moderator);
        long thread = forum.startedThread("teacher.jiashan", space, "一个问题", "<p>可疑的内容</p>");
        long post = ForumApi.postId(forum.page("cadre.wujiang", thread, 0).body(), 1);

        assertThat(api.json("POST", "cadre.wujiang", DEMO_PASSWORD, "api/forum/posts/" + post + "/flags",
                "{\"reason\":\"广告\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> again = api.json("POST", "cadre.wujiang", DEMO_PASSWORD, "api/forum/posts/" + post + "/flags",
                "{\"reason\":\"还是广告\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("已经举报过");
        assertThat(api.json("POST", "cadre.jiashan", DEMO_PASSWORD, "api/forum/posts/" + post + "/flags",
                "{\"reason\":\" \"}").statusCode()).isEqualTo(400);

        assertThat(api.get(moderator, PASSWORD, "api/forum/review").body()).contains("广告", "可疑的内容");
        assertThat(api.get("cadre.jiashan", DEMO_PASSWORD, "api/forum/review").body()).doesNotContain("可疑的内容");
        assertThat(forum.post("cadre.jiashan", "api/forum/posts/" + post + "/hide").statusCode()).isEqualTo(403);

        assertThat(forum.post(moderator, "api/forum/posts/" + post + "/hide").statusCode()).isEqualTo(204);
        assertThat(forum.page("cadre.jiashan", thread, 0).body()).contains("\"status\":\"HIDDEN\"").doesNotContain("可疑的内容");
        assertThat(forum.page(moderator, thread, 0).body()).as("moderators still read it").contains("可疑的内容");
        assertThat(api.get(moderator, PASSWORD, "api/forum/review").body()).as("acting resolves the flags")
                .doesNotContain("可疑的内容");

        assertThat(forum.post(moderator, "api/forum/posts/" + post + "/restore").statusCode()).isEqualTo(204);
        assertThat(forum.page("cadre.jiashan", thread, 0).body()).contains("可疑的内容");
        assertThat(api.get(ADMIN, DEMO_PASSWORD, "api/audit?key=post:" + post).body())
                .contains("POST_HIDDEN", "POST_RESTORED", moderator);
    }

    @Test
    void aForbiddenWordHoldsThePostUntilAModeratorApprovesIt() {
        String word = "违禁词" + System.nanoTime();
        String moderator = forum.newPerson("expert.mod", "EXPERT");
        long space = forum.createSpace("屏蔽" + moderator, "SALON", "ZONE");
        forum.addModerator(space, moderator);
        assertThat(api.json("PUT", "admin.qingpu", DEMO_PASSWORD, "api/forum/forbidden-words", "[\"x\"]").statusCode())
                .as("platform administrators only").isEqualTo(403);
        HttpResponse<String> saved = api.json("PUT", ADMIN, DEMO_PASSWORD, "api/forum/forbidden-words",
                "[\" " + word.toUpperCase() + " \", \"\"]");
        assertThat(saved.statusCode()).isEqualTo(200);
        long thread = forum.startedThread("teacher.wujiang", space, "沙龙议题", "<p>正常的开头</p>");

        HttpResponse<String> held = forum.reply("cadre.wujiang", thread, "{\"html\":\"<p>这里有" + word + "。</p>\"}");

        assertThat(held.statusCode()).isEqualTo(201);
        assertThat(held.body()).contains("\"status\":\"HELD\"");
        assertThat(forum.page("teacher.wujiang", thread, 0).body()).doesNotContain(word);
        long post = ForumApi.postId(forum.page(moderator, thread, 0).body(), 2);
        assertThat(api.get(moderator, PASSWORD, "api/forum/review").body()).contains(word);
        assertThat(forum.post(moderator, "api/forum/posts/" + post + "/approve").statusCode()).isEqualTo(204);
        assertThat(forum.page("teacher.wujiang", thread, 0).body()).contains(word);
        api.json("PUT", ADMIN, DEMO_PASSWORD, "api/forum/forbidden-words", "[]");
    }

    @Test
    void postingTooOftenIsRefusedAndChangesNothing() {
        String writer = forum.newPerson("cadre.fast", "CADRE");
        long space = forum.createSpace("限速" + writer, "OPEN_FORUM", "ZONE");
        long thread = forum.startedThread(writer, space, "连发", "<p>1</p>");
        for (int i = 2; i <= 6; i++) {
            assertThat(forum.reply(writer, thread, "{\"html\":\"<p>" + i + "</p>\"}").statusCode()).isEqualTo(201);
        }

        HttpResponse<String> seventh = forum.reply(writer, thread, "{\"html\":\"<p>7</p>\"}");

        assertThat(seventh.statusCode()).isEqualTo(400);
        assertThat(seventh.body()).contains("太频繁");
        assertThat(forum.page(writer, thread, 0).body()).contains("\"postCount\":6");
    }

    @Test
    void authorsWithdrawTheirPostsSoftlyWhenQuotedAndModeratorsMoveThreads() {
        String moderator = forum.newPerson("expert.mod", "EXPERT");
        long space = forum.createSpace("撤回" + moderator, "SYMPOSIUM", "ZONE");
        long other = forum.createSpace("移入" + moderator, "SYMPOSIUM", "ZONE");
        forum.addModerator(space, moderator);
        long thread = forum.startedThread("teacher.qingpu", space, "座谈纪要", "<p>被引用的观点</p>");
        String page = forum.page("cadre.qingpu", thread, 0).body();
        forum.reply("cadre.qingpu", thread, "{\"html\":\"<p>赞同</p>\",\"quotedPostId\":%d}"
                .formatted(ForumApi.postId(page, 1)));
        forum.reply("teacher.qingpu", thread, "{\"html\":\"<p>无人引用的话</p>\"}");
        page = forum.page("teacher.qingpu", thread, 0).body();
        long quoted = ForumApi.postId(page, 1);
        long unquoted = ForumApi.postId(page, 3);

        assertThat(forum.delete("cadre.qingpu", DEMO_PASSWORD, "api/forum/posts/" + quoted)
                .statusCode()).as("only the author withdraws").isEqualTo(403);
        assertThat(forum.delete("teacher.qingpu", DEMO_PASSWORD, "api/forum/posts/" + quoted)
                .statusCode()).isEqualTo(204);
        assertThat(forum.delete("teacher.qingpu", DEMO_PASSWORD, "api/forum/posts/" + unquoted)
                .statusCode()).isEqualTo(204);

        assertThat(forum.page("cadre.jiashan", thread, 0).body()).contains("\"status\":\"DELETED\"", "赞同")
                .doesNotContain("<p>被引用的观点</p>", "无人引用的话");
        String seenByModerator = forum.page(moderator, thread, 0).body();
        assertThat(seenByModerator).as("a quoted post is withdrawn softly").contains("<p>被引用的观点</p>")
                .doesNotContain("无人引用的话");

        assertThat(api.json("POST", moderator, PASSWORD, "api/forum/threads/" + thread + "/move",
                "{\"spaceId\":" + other + "}").statusCode()).as("the moderator must moderate the target too").isEqualTo(403);
        forum.addModerator(other, moderator);
        assertThat(api.json("POST", moderator, PASSWORD, "api/forum/threads/" + thread + "/move",
                "{\"spaceId\":" + other + "}").statusCode()).isEqualTo(204);
        assertThat(api.get("cadre.qingpu", DEMO_PASSWORD, "api/forum/spaces/" + other + "/threads").body())
                .contains("座谈纪要");
        assertThat(api.get(ADMIN, DEMO_PASSWORD, "api/audit?key=thread:" + thread).body()).contains("THREAD_MOVED");
    }
}
