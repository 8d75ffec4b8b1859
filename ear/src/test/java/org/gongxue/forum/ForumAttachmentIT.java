package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongxue.testing.Api;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An expert attaches a file to a committee post: its members download it and find the post by
 * the file's words; an outsider gets neither the file nor the hit; a file whose bytes are not
 * of an allowed type is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumAttachmentIT {

    private static final Pattern ATTACHMENT_LINK = Pattern.compile("\"link\":\"/api/forum/attachments/(\\d+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void membersReadAndFindAnAttachmentOutsidersNeitherAndAForgedTypeIsRefused() throws Exception {
        ForumApi forum = new ForumApi(new Api(base));
        String member = forum.newPerson("expert.f", "EXPERT");
        String word = ForumApi.uniqueWord();
        long committee = forum.createSpace("委员会附件" + member, "EXPERT_COMMITTEE", "MEMBERS");
        forum.addMember(committee, member);
        long thread = forum.startedThread(member, committee, "年度培训计划", "<p>请看附件中的计划。</p>");
        long post = ForumApi.postId(forum.page(member, thread, 0).body(), 1);
        byte[] plan = ("二〇二七年示范区干部培训计划\n一、湿地保护专题 " + word + "\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> attached = attach(forum, member, post, "培训计划.txt", plan);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(attached.body()).contains("\"fileName\":\"培训计划.txt\"", "\"mediaType\":\"text/plain\"");
        Matcher link = ATTACHMENT_LINK.matcher(forum.page(member, thread, 0).body());
        assertThat(link.find()).isTrue();
        String download = "api/forum/attachments/" + link.group(1);

        HttpResponse<byte[]> file = bytes(forum, member, download);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(plan);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(forum.searchUntil(member, word, body -> body.contains("\"threadCount\":1")))
                .contains("\"threadId\":" + thread, "<em>" + word + "</em>");

        assertThat(bytes(forum, "cadre.qingpu", download).statusCode()).isEqualTo(403);
        assertThat(forum.search("cadre.qingpu", word)).contains("\"threadCount\":0").doesNotContain("湿地");
        assertThat(attach(forum, "cadre.qingpu", post, "闯入.txt", plan).statusCode()).isEqualTo(403);

        byte[] program = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 2048);
        HttpResponse<String> forged = attach(forum, member, post, "计划.pdf", program);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("不能上传这种类型的文件");
        assertThat(attach(forum, member, post, "空.txt", new byte[0]).statusCode()).isEqualTo(400);
        assertThat(ATTACHMENT_LINK.matcher(forum.page(member, thread, 0).body()).results().count())
                .as("refused files change nothing").isEqualTo(1);
    }

    private static HttpResponse<String> attach(ForumApi forum, String username, long post, String name, byte[] content) {
        return forum.api().send(forum.api().request("api/forum/posts/" + post + "/attachments?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8), username, ForumApi.password(username))
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    private static HttpResponse<byte[]> bytes(ForumApi forum, String username, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                forum.api().request(path, username, ForumApi.password(username)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
