package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.forum.ForumApi.ADMIN;
import static org.gongxue.forum.ForumApi.json;
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

/**
 * The forum over REST: a committee discussion from its first post to its lock, who is refused
 * what, hostile HTML, bad input, and a long post.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    ForumApi forum;

    @BeforeEach
    void client() {
        forum = new ForumApi(new Api(base));
    }

    @Test
    void expertsDiscussQuoteAndAModeratorLocksTheCommitteeThread() {
        String first = forum.newPerson("expert.a", "EXPERT");
        String second = forum.newPerson("expert.b", "EXPERT");
        String moderator = forum.newPerson("expert.m", "EXPERT");
        long space = forum.createSpace("专家咨询委员会" + first, "EXPERT_COMMITTEE", "ZONE");
        forum.addMember(space, first);
        forum.addMember(space, second);
        forum.addModerator(space, moderator);
        assertThat(forum.api().get(first, ForumApi.PASSWORD, "api/forum/spaces/" + space).body())
                .as("the committee is members only, whatever was asked").contains("\"visibility\":\"MEMBERS\"");

        long thread = forum.startedThread(first, space, "关于课程体系的建议",
                "<p>请各位专家就<strong>七种能力</strong>课程体系发表意见。</p><p>第二段。</p>");
        String page = forum.page(second, thread, 0).body();
        assertThat(page).contains("七种能力", "关于课程体系的建议");
        long opening = ForumApi.postId(page, 1);

        HttpResponse<String> reply = forum.reply(second, thread, """
                {"html":"<p>同意，建议增加案例教学。</p>","quotedPostId":%d,"quoteText":"七种能力课程体系"}"""
                .formatted(opening));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(reply.body()).contains("\"quoteText\":\"七种能力课程体系\"", "\"number\":2");

        HttpResponse<String> misquote = forum.reply(second, thread, """
                {"html":"<p>再说一句。</p>","quotedPostId":%d,"quoteText":"他没说过的话"}""".formatted(opening));
        assertThat(misquote.statusCode()).isEqualTo(400);
        assertThat(misquote.body()).contains("引用的文字必须出自被引用的回帖");

        HttpResponse<String> locked = forum.post(moderator, "api/forum/threads/" + thread + "/lock");
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
        assertThat(locked.body()).contains("\"locked\":true");
        HttpResponse<String> afterLock = forum.reply(second, thread, "{\"html\":\"<p>锁定后</p>\"}");
        assertThat(afterLock.statusCode()).isEqualTo(400);
        assertThat(afterLock.body()).contains("已锁定");
        assertThat(forum.page(first, thread, 0).body()).contains("\"postCount\":2").doesNotContain("锁定后", "再说一句");

        assertThat(forum.post(second, "api/forum/threads/" + thread + "/unlock").statusCode())
                .as("only moderators unlock").isEqualTo(403);
        String audit = forum.api().get(ADMIN, DEMO_PASSWORD, "api/audit?key=thread:" + thread).body();
        assertThat(audit).contains("THREAD_LOCKED", moderator);
    }

    @Test
    void anOutsiderIsRefusedTheCommitteeSpaceItsThreadsAndItsEndpoints() {
        String member = forum.newPerson("expert.in", "EXPERT");
        String outsiderExpert = forum.newPerson("expert.out", "EXPERT");
        long space = forum.createSpace("委员会闭门" + member, "EXPERT_COMMITTEE", "MEMBERS");
        forum.addMember(space, member);
        long thread = forum.startedThread(member, space, "闭门讨论", "<p>只给成员看的内容</p>");

        for (String outsider : new String[] {"cadre.qingpu", "teacher.wujiang", "admin.jiashan", outsiderExpert}) {
            String password = outsider.equals(outsiderExpert) ? ForumApi.PASSWORD : DEMO_PASSWORD;
            Api api = forum.api();
            assertThat(api.get(outsider, password, "api/forum/spaces").body()).as(outsider).doesNotContain("委员会闭门");
            assertThat(api.get(outsider, password, "api/forum/spaces/" + space).statusCode()).as(outsider).isEqualTo(403);
            assertThat(api.get(outsider, password, "api/forum/spaces/" + space + "/threads").statusCode()).isEqualTo(403);
            assertThat(api.get(outsider, password, "api/forum/spaces/" + space + "/members").statusCode()).isEqualTo(403);
            HttpResponse<String> page = api.get(outsider, password, "api/forum/threads/" + thread);
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).doesNotContain("只给成员看的内容");
            assertThat(api.json("POST", outsider, password, "api/forum/threads/" + thread + "/posts",
                    "{\"html\":\"<p>闯入</p>\"}").statusCode()).isEqualTo(403);
            assertThat(api.json("POST", outsider, password, "api/forum/spaces/" + space + "/threads",
                    "{\"title\":\"闯入\",\"html\":\"<p>闯入</p>\"}").statusCode()).isEqualTo(403);
        }
        assertThat(forum.api().json("POST", "admin.jiashan", DEMO_PASSWORD, "api/forum/spaces/" + space + "/members",
                "{\"username\":\"cadre.jiashan\"}").statusCode()).as("a zone space is not a locality's").isEqualTo(403);
        assertThat(forum.page(member, thread, 0).body()).contains("\"postCount\":1").doesNotContain("闯入");
    }

    @Test
    void mentionsQuotesRepliesAndNewThreadsNotifyThoseWhoMaySeeThem() {
        String author = forum.newPerson("expert.n", "EXPERT");
        String mentioned = forum.newPerson("expert.n", "EXPERT");
        String watcher = forum.newPerson("expert.n", "EXPERT");
        long space = forum.createSpace("通知" + author, "EXPERT_COMMITTEE", "MEMBERS");
        forum.addMember(space, author);
        forum.addMember(space, mentioned);
        forum.addMember(space, watcher);
        Api api = forum.api();
        assertThat(api.json("PUT", watcher, ForumApi.PASSWORD, "api/forum/spaces/" + space + "/watch", "")
                .statusCode()).isEqualTo(204);
        long outsiderUnread = unread("cadre.qingpu", DEMO_PASSWORD);

        long thread = forum.startedThread(author, space, "请专家们看看",
                "<p>请 @" + mentioned + " 和 @cadre.qingpu 看看这份方案。</p>");

        String mentions = api.get(mentioned, ForumApi.PASSWORD, "api/forum/notifications").body();
        assertThat(mentions).contains("\"kind\":\"MENTION\"", "\"threadTitle\":\"请专家们看看\"", "\"unread\":1");
        assertThat(api.get(watcher, ForumApi.PASSWORD, "api/forum/notifications").body())
                .contains("\"kind\":\"NEW_THREAD\"");
        assertThat(unread("cadre.qingpu", DEMO_PASSWORD)).as("an outsider mentioned in a members-only space")
                .isEqualTo(outsiderUnread);
        assertThat(unread(author, ForumApi.PASSWORD)).as("no one is told of their own post").isZero();

        long opening = ForumApi.postId(forum.page(mentioned, thread, 0).body(), 1);
        assertThat(unread(mentioned, ForumApi.PASSWORD)).as("reading the post reads its notification").isZero();
        forum.reply(mentioned, thread, """
                {"html":"<p>方案可行。</p>","quotedPostId":%d,"quoteText":"看看这份方案"}""".formatted(opening));
        assertThat(api.get(author, ForumApi.PASSWORD, "api/forum/notifications").body())
                .as("the author watches their thread, and is told of the quote rather than the reply")
                .contains("\"kind\":\"QUOTE\"").doesNotContain("\"kind\":\"REPLY\"");
        assertThat(api.get(author, ForumApi.PASSWORD, "api/forum/spaces/" + space + "/threads").body())
                .contains("\"unreadCount\":1");

        assertThat(api.get(mentioned, ForumApi.PASSWORD, "api/forum/spaces/" + space + "/mentionable?q=expert.n").body())
                .contains(author, watcher).doesNotContain("cadre.qingpu");
        assertThat(api.get("cadre.qingpu", DEMO_PASSWORD, "api/forum/spaces/" + space + "/mentionable?q=expert")
                .statusCode()).isEqualTo(403);
    }

    private long unread(String username, String password) {
        String page = forum.api().get(username, password, "api/forum/notifications").body();
        java.util.regex.Matcher unread = java.util.regex.Pattern.compile("\"unread\":(\\d+)").matcher(page);
        assertThat(unread.find()).as(page).isTrue();
        return Long.parseLong(unread.group(1));
    }

    @Test
    void hostileHtmlIsNeutralizedBeforeAnyoneReadsIt() {
        long space = forum.createSpace("开放论坛" + System.nanoTime(), "OPEN_FORUM", "ZONE");
        String hostile = "<p>正文</p><script>alert('x')</script><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(1)\">点我</a><a href=\"JAVASCRIPT&#58;alert(1)\">再点</a>"
                + "<svg><script>alert(1)</script></svg><svg onload=alert(1)></svg>"
                + "<p style=\"width:expression(alert(1))\" onmouseover=\"alert(1)\">样式</p>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input></form>";

        long thread = forum.startedThread("cadre.qingpu", space, "恶意内容<script>", hostile);
        HttpResponse<String> reply = forum.reply("cadre.wujiang", thread, "{\"html\":" + json(hostile) + "}");

        assertThat(reply.statusCode()).isEqualTo(201);
        String page = forum.page("cadre.jiashan", thread, 0).body().toLowerCase();
        // A title is plain text (pages escape it); the posts are HTML and must come back clean.
        String posts = page.substring(page.indexOf("\"posts\""), page.indexOf("\"thread\""));
        assertThat(page).contains("恶意内容<script>");
        assertThat(posts).contains("正文", "点我", "样式").doesNotContain("<script", "onerror", "onload", "onmouseover",
                "javascript", "expression", "<svg", "<iframe", "<form", "<img", "style=");
    }

    @Test
    void badInputIsRefusedWithItsProblemsAndChangesNothing() {
        long space = forum.createSpace("输入检查" + System.nanoTime(), "SALON", "ZONE");
        Api api = forum.api();

        HttpResponse<String> blank = forum.startThread("cadre.qingpu", space, " ", "<p><br></p><script>x</script>");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("请填写标题", "请填写正文");
        assertThat(api.get("cadre.qingpu", DEMO_PASSWORD, "api/forum/spaces/" + space + "/threads").body())
                .contains("\"total\":0");

        HttpResponse<String> byCadre = api.json("POST", "cadre.qingpu", DEMO_PASSWORD, "api/forum/spaces",
                "{\"name\":\"学员建空间\",\"kind\":\"SALON\",\"visibility\":\"ZONE\",\"localityCode\":\"QINGPU\"}");
        assertThat(byCadre.statusCode()).isEqualTo(403);
        HttpResponse<String> elsewhere = api.json("POST", "admin.qingpu", DEMO_PASSWORD, "api/forum/spaces",
                "{\"name\":\"别处的空间\",\"kind\":\"SALON\",\"visibility\":\"LOCALITY\",\"localityCode\":\"WUJIANG\"}");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        HttpResponse<String> courseByHand = api.json("POST", ADMIN, DEMO_PASSWORD, "api/forum/spaces",
                "{\"name\":\"手建课程讨论\",\"kind\":\"COURSE_DISCUSSION\",\"visibility\":\"ZONE\",\"localityCode\":\"ZONE\"}");
        assertThat(courseByHand.statusCode()).isEqualTo(400);
        assertThat(courseByHand.body()).contains("自动创建");
        HttpResponse<String> noName = api.json("POST", ADMIN, DEMO_PASSWORD, "api/forum/spaces",
                "{\"kind\":\"SALON\",\"localityCode\":\"NOWHERE\"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("请填写空间名称", "请选择谁可以查看", "请选择所属地区");
        assertThat(api.get(ADMIN, DEMO_PASSWORD, "api/forum/spaces").body())
                .doesNotContain("学员建空间", "别处的空间", "手建课程讨论");
        HttpResponse<String> nobody = api.json("POST", ADMIN, DEMO_PASSWORD, "api/forum/spaces/" + space + "/members",
                "{\"username\":\"no.such.person\"}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(api.get(ADMIN, DEMO_PASSWORD, "api/forum/spaces/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aHundredKilobytePostIsKeptWhole() {
        long space = forum.createSpace("长文" + System.nanoTime(), "SYMPOSIUM", "ZONE");
        String paragraph = "<p>" + "长三角生态绿色一体化发展示范区干部教育培训。".repeat(100) + "</p>";
        String html = paragraph.repeat(34);
        assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(100_000);

        long thread = forum.startedThread("teacher.qingpu", space, "一篇长文", html);

        String page = forum.page("cadre.qingpu", thread, 0).body();
        assertThat(page.split("长三角生态绿色一体化发展示范区干部教育培训", -1)).hasSize(3401);
    }
}
