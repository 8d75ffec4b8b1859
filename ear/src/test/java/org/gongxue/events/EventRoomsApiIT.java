package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event rooms over REST and pages as an outsider meets them: a salon's room, event, registration,
 * forum space and pages answer an uninvited cadre as if they did not exist, and open once the
 * organiser invites them; a draft without its speaker list is a clear 400 that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventRoomsApiIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern SPACE_ID = Pattern.compile("\"spaceId\":(\\d+)");

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
    void aSalonsRoomIsRefusedToTheUninvitedOnEveryPageAndEndpointUntilInvited() {
        String title = "党校负责人沙龙 " + System.nanoTime() % 100_000;
        HttpResponse<String> created = api.json("POST", "admin.jiashan", DEMO_PASSWORD, "api/events",
                eventJson(title, "\"SALON\"", "[]"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long salon = firstNumber(ID, created.body());
        String room = api.get("admin.jiashan", DEMO_PASSWORD, "api/events/" + salon + "/room").body();
        long space = firstNumber(SPACE_ID, room);
        assertThat(api.json("PUT", "admin.jiashan", DEMO_PASSWORD, "api/events/" + salon + "/room/topic",
                "{\"topic\":\"党校如何共建共享师资\"}").statusCode()).isEqualTo(200);
        WebSession outsider = WebSession.signedIn(base, "cadre.jiashan");

        assertThat(get("cadre.jiashan", "api/events/" + salon).statusCode()).isEqualTo(404);
        assertThat(get("cadre.jiashan", "api/events/" + salon + "/room").statusCode()).isEqualTo(404);
        assertThat(get("cadre.jiashan", "api/events/" + salon + "/minutes").statusCode()).isEqualTo(404);
        assertThat(get("cadre.jiashan", "api/forum/spaces/" + space).statusCode()).isIn(403, 404);
        assertThat(post("cadre.jiashan", "api/events/" + salon + "/registration").statusCode()).isEqualTo(404);
        assertThat(api.json("POST", "cadre.jiashan", DEMO_PASSWORD, "api/events/" + salon + "/room/members",
                "{\"username\":\"cadre.jiashan\"}").statusCode()).isEqualTo(403);
        assertThat(outsider.get("events/event.xhtml?id=" + salon).statusCode()).isEqualTo(404);
        assertThat(outsider.get("forum/space.xhtml?id=" + space).statusCode()).isIn(403, 404);
        assertThat(get("cadre.jiashan", "api/events").body()).doesNotContain(title);

        HttpResponse<String> invited = api.json("POST", "admin.jiashan", DEMO_PASSWORD,
                "api/events/" + salon + "/room/members", "{\"username\":\"cadre.jiashan\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(204);

        assertThat(get("cadre.jiashan", "api/events/" + salon + "/room").body())
                .contains("\"topic\":\"党校如何共建共享师资\"", "\"meeting\":true");
        assertThat(outsider.get("events/event.xhtml?id=" + salon).body())
                .contains("党校如何共建共享师资", "id=\"discussion-link\"");
        assertThat(outsider.get("forum/space.xhtml?id=" + space).statusCode()).isEqualTo(200);
        assertThat(post("cadre.jiashan", "api/events/" + salon + "/registration").statusCode()).isEqualTo(201);
    }

    @Test
    void aLecturesDiscussionIsLinkedFromItsPageAndHiddenFromAnotherLocality() {
        HttpResponse<String> created = api.json("POST", "admin.qingpu", DEMO_PASSWORD, "api/events",
                eventJson("乡村振兴讲堂", "\"LECTURE\"", "[]").replace("\"zone\"", "\"locality:QINGPU\"")
                        .replace("JIASHAN", "QINGPU"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long lecture = firstNumber(ID, created.body());
        long space = firstNumber(SPACE_ID, get("cadre.qingpu", "api/events/" + lecture + "/room").body());

        assertThat(get("cadre.qingpu", "api/forum/spaces/" + space).body()).contains("\"kind\":\"EVENT_QUESTIONS\"");
        assertThat(WebSession.signedIn(base, "cadre.qingpu").get("events/event.xhtml?id=" + lecture).body())
                .contains("forum/space.xhtml?id=" + space);
        assertThat(get("cadre.wujiang", "api/events/" + lecture + "/room").statusCode()).isEqualTo(404);
        assertThat(get("cadre.wujiang", "api/forum/spaces/" + space).statusCode()).isIn(403, 404);
        assertThat(WebSession.signedIn(base, "cadre.wujiang").get("forum/space.xhtml?id=" + space).statusCode())
                .isIn(403, 404);
    }

    @Test
    void aDraftWithoutItsSpeakerListIsAClear400AndChangesNothing() {
        String title = "无主讲人列表 " + System.nanoTime() % 100_000;
        HttpResponse<String> refused = api.json("POST", "admin.jiashan", DEMO_PASSWORD, "api/events",
                eventJson(title, "null", "null"));
        HttpResponse<String> nullEntry = api.json("POST", "admin.jiashan", DEMO_PASSWORD, "api/events",
                eventJson(title, "null", "[null]"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("speakerIds", "events.room.speakers.missing");
        assertThat(nullEntry.statusCode()).as(nullEntry.body()).isEqualTo(400);
        assertThat(nullEntry.body()).contains("events.event.speaker.unknown");
        assertThat(get("admin.jiashan", "api/events").body()).doesNotContain(title);

        HttpResponse<String> created = api.json("POST", "admin.jiashan", DEMO_PASSWORD, "api/events",
                eventJson(title, "null", "[]"));
        long event = firstNumber(ID, created.body());
        HttpResponse<String> edit = api.json("PUT", "admin.jiashan", DEMO_PASSWORD, "api/events/" + event,
                eventJson("改过的标题", "null", "null"));

        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(400);
        assertThat(get("admin.jiashan", "api/events/" + event).body()).contains(title).doesNotContain("改过的标题");
    }

    private HttpResponse<String> get(String username, String path) {
        return api.get(username, DEMO_PASSWORD, path);
    }

    private HttpResponse<String> post(String username, String path) {
        return api.send(api.request(path, username, DEMO_PASSWORD).header("X-Requested-With", "test")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private String eventJson(String title, String kind, String speakerIds) {
        String day = LocalDate.now().plusDays(12).toString();
        return """
                {"seriesId":%d,"title":"%s","startsAt":"%sT14:00:00","endsAt":"%sT16:00:00",
                 "place":"嘉善县委党校","hostLocalityCode":"JIASHAN","audience":"zone","approvalRequired":false,
                 "waitingLimit":2,"quotas":{"JIASHAN":5},"speakerIds":%s,"kind":%s}"""
                .formatted(grandClassroom(), title, day, day, speakerIds, kind);
    }

    private long grandClassroom() {
        String all = get("cadre.qingpu", "api/events/series").body();
        Matcher series = Pattern.compile("\"code\":\"GRAND_CLASSROOM\",\"id\":(\\d+)").matcher(all);
        assertThat(series.find()).as(all).isTrue();
        return Long.parseLong(series.group(1));
    }

    private static long firstNumber(Pattern pattern, String body) {
        Matcher found = pattern.matcher(body);
        assertThat(found.find()).as(body).isTrue();
        return Long.parseLong(found.group(1));
    }
}
