package org.gongxue.chair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The rotation and work meetings through REST and their pages: the platform administrator records
 * a term, the chair convenes a meeting with attendees and a resolution, administrators read it on
 * its page, and cadres are kept out of the offices' meetings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChairPagesIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void theChairConvenesAMeetingThatAdministratorsReadAndCadresDoNotSee() {
        Api api = new Api(base);
        LocalDate day = LocalDate.of(2100, 1, 4).plusWeeks(ThreadLocalRandom.current().nextInt(100_000, 150_000));
        HttpResponse<String> term = api.json("POST", "platform.admin", DEMO_PASSWORD, "api/chair/terms",
                "{\"localityCode\":\"QINGPU\",\"startsOn\":\"%s\",\"endsOn\":\"%s\"}".formatted(day, day.plusDays(6)));
        assertThat(term.statusCode()).as(term.body()).isEqualTo(201);
        HttpResponse<String> overlapping = api.json("POST", "platform.admin", DEMO_PASSWORD, "api/chair/terms",
                "{\"localityCode\":\"WUJIANG\",\"startsOn\":\"%s\",\"endsOn\":\"%s\"}".formatted(day.plusDays(3), day.plusDays(9)));
        assertThat(overlapping.statusCode()).isEqualTo(400);
        assertThat(overlapping.body()).contains("chair.term.overlaps");

        String meetingJson = """
                {"title":"示范区干部教育联席会议","heldOn":"%s","place":"青浦区委党校","agenda":"审议年度计划",
                 "attendees":[{"localityCode":"QINGPU","name":"赵强"},{"localityCode":"JIASHAN","name":"钱敏"}]}"""
                .formatted(day.plusDays(2));
        assertThat(api.json("POST", "admin.wujiang", DEMO_PASSWORD, "api/chair/meetings", meetingJson).statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = api.json("POST", "admin.qingpu", DEMO_PASSWORD, "api/chair/meetings", meetingJson);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();
        String meeting = id.group(1);
        HttpResponse<String> resolution = api.json("POST", "admin.qingpu", DEMO_PASSWORD,
                "api/chair/meetings/" + meeting + "/resolutions",
                "{\"text\":\"嘉善县牵头建设现场教学点\",\"ownerLocalityCode\":\"JIASHAN\",\"dueOn\":\"%s\"}"
                        .formatted(day.plusDays(40)));
        assertThat(resolution.statusCode()).as(resolution.body()).isEqualTo(201);

        WebSession admin = new WebSession(base);
        admin.signIn("admin.jiashan", DEMO_PASSWORD);
        HttpResponse<String> page = admin.get("events/meeting.xhtml?id=" + meeting);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("示范区干部教育联席会议", "赵强", "嘉善县牵头建设现场教学点", "记录进展");
        assertThat(admin.get("events/meetings.xhtml").body()).contains("嘉善县牵头建设现场教学点");
        assertThat(admin.get("events/chair.xhtml").statusCode()).isEqualTo(200);
        assertThat(admin.get("events/statistics.xhtml").statusCode()).isEqualTo(200);

        WebSession cadre = new WebSession(base);
        cadre.signIn("cadre.qingpu", DEMO_PASSWORD);
        assertThat(cadre.get("events/meetings.xhtml").statusCode()).isEqualTo(403);
        assertThat(cadre.get("events/chair.xhtml").statusCode()).isEqualTo(200);
        assertThat(api.get("cadre.qingpu", DEMO_PASSWORD, "api/chair/meetings/" + meeting).statusCode()).isEqualTo(403);
    }
}
