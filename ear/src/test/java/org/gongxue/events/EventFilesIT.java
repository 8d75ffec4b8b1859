package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.gongxue.library.TeachingFiles;
import org.gongxue.testing.Api;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.MinimalPdf;
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
 * An event's poster and materials over REST and on its page: organisers add them, everyone who
 * may see the event gets them; a poster that is not an image, a file of a forbidden type, a
 * poster without its text alternative, a non-organiser and another locality's administrator are
 * refused with a clear message and nothing changes; an outsider cannot fetch a file of an event
 * they may not see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventFilesIT {

    private static final String POSTER_ALT = "示范区大课堂海报：绿色背景上写着讲座的题目和时间";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    Api api;
    EventFixtures events;

    @BeforeEach
    void clients() {
        api = new Api(base);
        events = new EventFixtures(api);
    }

    @Test
    void organisersAddAPosterAndReadingsThatEveryoneWhoSeesTheEventGets() {
        long event = upcoming("admin.qingpu", "QINGPU", "zone");
        byte[] poster = EventFixtures.posterPng();
        byte[] reading = MinimalDocx.of("示范区一体化制度创新的阅读材料");

        long posterId = number(expect(events.addFile("admin.qingpu", event, "POSTER", "海报.png", POSTER_ALT, poster),
                201), "id");
        long readingId = number(expect(events.addFile("admin.qingpu", event, "READING", "阅读材料.docx", null, reading),
                201), "id");
        expect(events.addFile("admin.qingpu", event, "SLIDES", "课件.pdf", null, MinimalPdf.of("Slides")), 201);

        String listed = expect(events.files("cadre.wujiang", event), 200).body();
        assertThat(listed).contains("\"kind\":\"POSTER\"", POSTER_ALT, "阅读材料.docx", "课件.pdf",
                "\"mediaType\":\"image/png\"");
        HttpResponse<byte[]> posterBytes = events.download("cadre.wujiang", posterId);
        assertThat(posterBytes.statusCode()).isEqualTo(200);
        assertThat(posterBytes.body()).isEqualTo(poster);
        assertThat(posterBytes.headers().firstValue("Content-Type")).hasValue("image/png");
        HttpResponse<byte[]> readingBytes = events.download("cadre.jiashan", readingId);
        assertThat(readingBytes.body()).isEqualTo(reading);
        assertThat(readingBytes.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

        String page = WebSession.signedIn(base, "cadre.wujiang").get("events/event.xhtml?id=" + event).body();
        assertThat(page).contains("alt=\"" + POSTER_ALT + "\"", "api/event-files/" + posterId, "阅读材料.docx")
                .doesNotContain("event-file-form");

        // A new poster takes the old one's place.
        long newPoster = number(expect(events.addFile("admin.qingpu", event, "POSTER", "新海报.png", "新的海报",
                EventFixtures.posterPng()), 201), "id");
        assertThat(events.files("cadre.wujiang", event).body()).contains("新海报.png").doesNotContain(POSTER_ALT);
        assertThat(events.download("cadre.wujiang", posterId).statusCode()).isEqualTo(404);
        assertThat(events.download("cadre.wujiang", newPoster).statusCode()).isEqualTo(200);
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndChangeNothing() {
        long event = upcoming("admin.jiashan", "JIASHAN", "zone");

        HttpResponse<String> pdfPoster = events.addFile("admin.jiashan", event, "POSTER", "海报.pdf", POSTER_ALT,
                MinimalPdf.of("Not a picture"));
        HttpResponse<String> exeReading = events.addFile("admin.jiashan", event, "READING", "讲义.pdf", null,
                TeachingFiles.windowsExecutable(4096));
        HttpResponse<String> posterWithoutAlt = events.addFile("admin.jiashan", event, "POSTER", "海报.png", " ",
                EventFixtures.posterPng());
        HttpResponse<String> unknownKind = events.addFile("admin.jiashan", event, "VIDEO", "录像.pdf", null,
                MinimalPdf.of("x"));

        assertThat(pdfPoster.statusCode()).isEqualTo(415);
        assertThat(pdfPoster.body()).contains("upload.refused.TYPE_NOT_ALLOWED");
        assertThat(exeReading.statusCode()).isEqualTo(415);
        assertThat(exeReading.body()).contains("upload.refused.TYPE_NOT_ALLOWED");
        assertThat(posterWithoutAlt.statusCode()).isEqualTo(400);
        assertThat(posterWithoutAlt.body()).contains("events.files.altText.required", "请填写海报的文字说明");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(unknownKind.body()).contains("events.files.kind.required");
        assertThat(expect(events.files("admin.jiashan", event), 200).body()).isEqualTo("[]");
    }

    @Test
    void onlyTheEventsOrganisersChangeItsFiles() {
        long event = upcoming("admin.qingpu", "QINGPU", "zone");
        long reading = number(expect(events.addFile("admin.qingpu", event, "READING", "阅读材料.pdf", null,
                MinimalPdf.of("Reading")), 201), "id");
        String before = events.files("admin.qingpu", event).body();

        HttpResponse<String> byCadre = events.addFile("cadre.qingpu", event, "READING", "我的.pdf", null,
                MinimalPdf.of("Mine"));
        HttpResponse<String> byTeacher = events.addFile("teacher.qingpu", event, "SLIDES", "课件.pdf", null,
                MinimalPdf.of("Slides"));
        HttpResponse<String> byOtherAdmin = events.addFile("admin.wujiang", event, "POSTER", "海报.png", POSTER_ALT,
                EventFixtures.posterPng());
        HttpResponse<String> deletedByOtherAdmin = api.send(api.request("api/events/" + event + "/files/" + reading,
                "admin.wujiang", DEMO_PASSWORD).header("X-Requested-With", "test").DELETE().build());

        assertThat(byCadre.statusCode()).isEqualTo(403);
        assertThat(byTeacher.statusCode()).isEqualTo(403);
        assertThat(byOtherAdmin.statusCode()).isEqualTo(403);
        assertThat(deletedByOtherAdmin.statusCode()).isEqualTo(403);
        assertThat(events.files("admin.qingpu", event).body()).isEqualTo(before);
        assertThat(events.download("cadre.wujiang", reading).statusCode()).isEqualTo(200);

        expect(api.send(api.request("api/events/" + event + "/files/" + reading, "admin.qingpu", DEMO_PASSWORD)
                .header("X-Requested-With", "test").DELETE().build()), 204);
        assertThat(events.files("admin.qingpu", event).body()).isEqualTo("[]");
        assertThat(events.download("cadre.wujiang", reading).statusCode()).isEqualTo(404);
    }

    @Test
    void anOutsiderCannotFetchTheMaterialsOfAnEventTheyMayNotSee() {
        long event = upcoming("admin.qingpu", "QINGPU", "locality:QINGPU");
        long reading = number(expect(events.addFile("admin.qingpu", event, "READING", "内部材料.pdf", null,
                MinimalPdf.of("For Qingpu only")), 201), "id");

        HttpResponse<byte[]> outsider = events.download("cadre.wujiang", reading);
        HttpResponse<String> outsidersList = events.files("cadre.wujiang", event);

        assertThat(outsider.statusCode()).isEqualTo(404);
        assertThat(new String(outsider.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("events.files.notFound").doesNotContain("For Qingpu only");
        assertThat(outsidersList.statusCode()).isEqualTo(404);
        assertThat(events.download("cadre.qingpu", reading).statusCode()).isEqualTo(200);
        assertThat(events.download("cadre.qingpu", reading + 1_000_000).statusCode()).isEqualTo(404);
    }

    private long upcoming(String admin, String host, String audience) {
        return events.createEvent(admin, host, audience, events.seriesId("GRAND_CLASSROOM"),
                LocalDateTime.now().plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0),
                "长三角一体化制度创新讲座", "");
    }
}
