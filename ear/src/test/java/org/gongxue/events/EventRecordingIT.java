package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;
import static org.gongxue.library.LibraryFixtures.uniqueWord;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongxue.library.LibraryApi;
import org.gongxue.library.LibraryFixtures;
import org.gongxue.testing.Api;
import org.gongxue.testing.MinimalDocx;
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
 * After an event its recording and materials join the library as a course of its series: the
 * organiser makes the course (the event's reading copied into its lecture, its poster as the
 * course's cover), uploads the subtitled
 * recording through the library's resumable upload, the locality's administrator publishes it, and
 * a cadre of another locality finds it in /api/search by a word of its subtitles and of its
 * reading; the course names its series and event, the series lists it, and its views count as
 * "recordings watched". Refusals: an event not yet held, another locality's administrator, a
 * cadre, a second course, a teacher uploading to the lecture — each with a clear message, nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventRecordingIT {

    private static final String TOPIC = "DELTA_INTEGRATION";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    Api api;
    EventFixtures events;
    LibraryApi library;

    @BeforeEach
    void clients() {
        api = new Api(base);
        events = new EventFixtures(api);
        library = new LibraryApi(api);
    }

    @Test
    void aRecordingUploadedAfterwardsBecomesASearchableCourseOfTheSeries() {
        String written = uniqueWord();
        String spoken = uniqueWord();
        long series = events.seriesId("GRAND_CLASSROOM");
        long speaker = events.newLecturer("陆文涛");
        String title = "生态绿色发展的示范区实践 " + uniqueWord();
        long event = events.heldEvent("admin.qingpu", "QINGPU", "zone", series, title, Long.toString(speaker));
        expect(events.addFile("admin.qingpu", event, "READING", "阅读材料.docx", null,
                MinimalDocx.of("示范区的生态绿色发展 " + written)), 201);
        byte[] poster = EventFixtures.posterPng();
        expect(events.addFile("admin.qingpu", event, "POSTER", "海报.png", "讲座海报", poster), 201);

        HttpResponse<String> made = expect(events.makeCourse("admin.qingpu", event, TOPIC), 201);
        long course = number(made, "courseId");
        long lecture = number(made, "lectureId");
        assertThat(made.body()).contains("\"status\":\"DRAFT\"", "\"materialsNotCopied\":[]");
        assertThat(api.get("admin.qingpu", DEMO_PASSWORD, "api/lectures/" + lecture).body()).contains("阅读材料.docx");
        expect(library.uploadInParts("admin.qingpu", lecture, "SUBTITLE", "回放.srt", subtitles(spoken)), 200);
        expect(api.json("POST", "admin.qingpu", DEMO_PASSWORD, "api/courses/" + course + "/publish", "{}"), 200);

        String bySubtitles = searchUntilFound("cadre.jiashan", spoken, course);
        String byReading = searchUntilFound("cadre.jiashan", written, course);
        assertThat(bySubtitles).contains(title, "陆文涛");
        assertThat(byReading).contains(title);
        String courseJson = expect(api.get("cadre.jiashan", DEMO_PASSWORD, "api/courses/" + course), 200).body();
        assertThat(courseJson).contains("示范区大课堂", "\"localityCode\":\"QINGPU\"", "\"audience\":\"zone\"",
                "陆文涛", "\"cover\":true");
        assertThat(WebSession.signedIn(base, "cadre.jiashan").get("library/covers/" + course).statusCode())
                .isEqualTo(200);
        assertThat(expect(api.get("cadre.jiashan", DEMO_PASSWORD, "api/events/" + event + "/course"), 200).body())
                .contains("\"courseId\":" + course);
        assertThat(expect(api.get("cadre.jiashan", DEMO_PASSWORD, "api/events/series/" + series + "/courses"), 200)
                .body()).contains("\"id\":" + course);
        WebSession cadre = WebSession.signedIn(base, "cadre.jiashan");
        assertThat(cadre.get("library/course.xhtml?id=" + course).body())
                .contains("events/event.xhtml?id=" + event, "events/series.xhtml?id=" + series, "示范区大课堂");
        assertThat(cadre.get("events/series.xhtml?id=" + series).body()).contains(title);

        long watchedBefore = watched("series", Long.toString(series));
        long jiashanBefore = watched("localities", "JIASHAN");
        assertThat(cadre.get("library/lecture.xhtml?id=" + lecture).statusCode()).isEqualTo(200);
        assertThat(watched("series", Long.toString(series))).isEqualTo(watchedBefore + 1);
        assertThat(watched("localities", "JIASHAN")).isEqualTo(jiashanBefore + 1);
    }

    @Test
    void onlyTheOrganiserOfAHeldEventMakesItsCourseOnce() {
        long series = events.seriesId("FOUR_NEW");
        String title = "数字经济讲座 " + uniqueWord();
        long held = events.heldEvent("admin.wujiang", "WUJIANG", "zone", series, title, "");
        long ahead = events.createEvent("admin.wujiang", "WUJIANG", "zone", series,
                LocalDateTime.now().plusDays(3).withNano(0), "未来的讲座", "");

        HttpResponse<String> notHeld = events.makeCourse("admin.wujiang", ahead, TOPIC);
        HttpResponse<String> otherAdmin = events.makeCourse("admin.qingpu", held, TOPIC);
        HttpResponse<String> cadre = events.makeCourse("cadre.wujiang", held, TOPIC);
        HttpResponse<String> noTopic = events.makeCourse("admin.wujiang", held, "");

        assertThat(notHeld.statusCode()).isEqualTo(400);
        assertThat(notHeld.body()).contains("events.recording.notHeld", "活动结束后");
        assertThat(otherAdmin.statusCode()).isEqualTo(403);
        assertThat(cadre.statusCode()).isEqualTo(403);
        assertThat(noTopic.statusCode()).isEqualTo(400);
        assertThat(noTopic.body()).contains("library.course.topic.required");
        assertThat(api.get("admin.wujiang", DEMO_PASSWORD, "api/events/" + held + "/course").statusCode())
                .isEqualTo(404);
        assertThat(api.get("admin.wujiang", DEMO_PASSWORD, "api/courses/mine").body()).doesNotContain(title);

        long lecture = number(expect(events.makeCourse("admin.wujiang", held, TOPIC), 201), "lectureId");
        HttpResponse<String> again = events.makeCourse("admin.wujiang", held, TOPIC);
        HttpResponse<String> teacherUpload = library.startUpload("teacher.wujiang", lecture, "VIDEO", "回放.mp4", 1000);
        HttpResponse<String> otherAdminUpload = library.startUpload("admin.qingpu", lecture, "VIDEO", "回放.mp4", 1000);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("events.recording.exists");
        assertThat(teacherUpload.statusCode()).isEqualTo(403);
        assertThat(otherAdminUpload.statusCode()).isEqualTo(403);
        assertThat(api.get("admin.wujiang", DEMO_PASSWORD, "api/lectures/" + lecture).body())
                .doesNotContain("originalName");
    }

    /** Searches as the cadre until the index has the published course; returns the answer. */
    private String searchUntilFound(String cadre, String word, long course) {
        String[] body = new String[1];
        LibraryFixtures.await(() -> {
            body[0] = api.get(cadre, DEMO_PASSWORD, "api/search?q=" + word).body();
            return body[0].contains("\"courseId\":" + course);
        }, () -> "search for " + word + " to find course " + course + ": " + body[0]);
        return body[0];
    }

    /** The statistics' "recordings watched" of this year in one row (a series id or a locality code). */
    private long watched(String table, String key) {
        String figures = expect(api.get("admin.qingpu", DEMO_PASSWORD, "api/events/statistics?year="
                + Year.now().getValue()), 200).body();
        Matcher row = Pattern.compile("\"" + table + "\":\\[.*?\\{[^{}]*\"key\":\"" + key
                + "\"[^{}]*\"recordingsWatched\":(\\d+)").matcher(figures);
        assertThat(row.find()).as(figures).isTrue();
        return Long.parseLong(row.group(1));
    }

    private static byte[] subtitles(String spoken) {
        return """
                1
                00:00:03,000 --> 00:00:07,000
                各位学员好，今天讲生态绿色一体化。

                2
                00:00:12,000 --> 00:00:16,000
                关键在于 %s 的做法。
                """.formatted(spoken).getBytes(StandardCharsets.UTF_8);
    }
}
