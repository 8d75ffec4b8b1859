package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;
import static org.gongxue.library.LibraryApi.text;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
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

/** Courses and lectures over REST, with the rules of the pages: who may write, edit, publish and see what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private LibraryApi library;

    @BeforeEach
    void client() {
        api = new Api(base);
        library = new LibraryApi(api);
    }

    @Test
    void aTeacherWritesACourseWithLecturesAndItsAdministratorPublishesIt() {
        long lecturer = number(expect(api.json("POST", "teacher.qingpu", DEMO_PASSWORD, "api/lecturers", """
                {"name":"沈明","title":"教授","unitName":"青浦区委党校","kind":"PARTY_SCHOOL"}"""), 201), "id");
        long course = library.createCourse("teacher.qingpu", "营商环境优化专题");
        HttpResponse<String> updated = expect(api.json("PUT", "teacher.qingpu", DEMO_PASSWORD, "api/courses/" + course, """
                {"title":"营商环境优化专题（修订）","topicCode":"BUSINESS_ENVIRONMENT","abilities":["REFORM","IMPLEMENTATION"],
                 "level":"COUNTY","creditHours":1.5,"audience":"locality:QINGPU","lecturerIds":[%d]}""".formatted(lecturer)), 200);
        long first = library.addLecture("teacher.qingpu", course, "第一讲 一网通办");
        long second = library.addLecture("teacher.qingpu", course, "第二讲 跨域通办");
        expect(api.json("PUT", "teacher.qingpu", DEMO_PASSWORD, "api/lectures/" + second + "/position",
                "{\"position\":1}"), 200);
        expect(api.json("PUT", "teacher.qingpu", DEMO_PASSWORD, "api/lectures/" + first,
                "{\"title\":\"第二讲 一网通办\",\"summary\":\"政务服务\"}"), 200);
        expect(action("teacher.qingpu", "api/courses/" + course + "/submit"), 200);

        HttpResponse<String> publishedByTeacher = action("teacher.qingpu", "api/courses/" + course + "/publish");
        HttpResponse<String> publishedByOtherLocality = action("admin.wujiang", "api/courses/" + course + "/publish");
        HttpResponse<String> published = expect(action("admin.qingpu", "api/courses/" + course + "/publish"), 200);

        assertThat(updated.body()).contains("\"title\":\"营商环境优化专题（修订）\"", "\"creditHours\":1.5",
                "\"abilities\":[\"REFORM\",\"IMPLEMENTATION\"]", "沈明");
        assertThat(publishedByTeacher.statusCode()).isEqualTo(403);
        assertThat(publishedByOtherLocality.statusCode()).isEqualTo(403);
        assertThat(text(published, "status")).isEqualTo("PUBLISHED");
        String seen = expect(api.get("cadre.qingpu", DEMO_PASSWORD, "api/courses/" + course), 200).body();
        assertThat(seen.indexOf("第二讲 跨域通办")).isLessThan(seen.indexOf("第二讲 一网通办"));
        assertThat(api.get("cadre.wujiang", DEMO_PASSWORD, "api/courses/" + course).statusCode()).isEqualTo(404);
        assertThat(expect(api.get("admin.qingpu", DEMO_PASSWORD, "api/courses/review"), 200).body())
                .doesNotContain("营商环境优化专题（修订）");
    }

    @Test
    void writingIsForAuthorsAndEditorsOnlyAndBadDraftsAreExplained() {
        long course = library.createCourse("teacher.jiashan", "嘉善的双招双引");

        HttpResponse<String> byCadre = api.json("POST", "cadre.jiashan", DEMO_PASSWORD, "api/courses",
                "{\"title\":\"干部写的课\",\"topicCode\":\"ECO_GREEN\",\"level\":\"GENERAL\",\"creditHours\":1}");
        HttpResponse<String> byOtherTeacher = api.json("PUT", "teacher.qingpu", DEMO_PASSWORD, "api/courses/" + course,
                "{\"title\":\"改名\",\"topicCode\":\"ECO_GREEN\",\"level\":\"GENERAL\",\"creditHours\":1}");
        HttpResponse<String> lectureByOtherTeacher = api.json("POST", "teacher.qingpu", DEMO_PASSWORD,
                "api/courses/" + course + "/lectures", "{\"title\":\"外人加的一讲\"}");
        HttpResponse<String> bad = api.json("POST", "teacher.jiashan", DEMO_PASSWORD, "api/courses",
                "{\"title\":\" \",\"topicCode\":\"NONE\",\"level\":\"GENERAL\",\"creditHours\":0.25}");
        HttpResponse<String> draftSeenByCadre = api.get("cadre.jiashan", DEMO_PASSWORD, "api/courses/" + course);
        HttpResponse<String> unknown = api.get("teacher.jiashan", DEMO_PASSWORD, "api/courses/" + Long.MAX_VALUE);
        HttpResponse<String> mine = expect(api.get("teacher.jiashan", DEMO_PASSWORD, "api/courses/mine"), 200);

        assertThat(byCadre.statusCode()).isEqualTo(403);
        assertThat(byCadre.body()).contains("api.problem.forbidden");
        assertThat(byOtherTeacher.statusCode()).isEqualTo(403);
        assertThat(lectureByOtherTeacher.statusCode()).isEqualTo(403);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("library.title.required", "library.course.topic.required",
                "library.course.creditHours.invalid");
        assertThat(draftSeenByCadre.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("library.reader.notFound");
        assertThat(mine.body()).contains("嘉善的双招双引").doesNotContain("干部写的课", "改名");
    }

    @Test
    void aLectureWithMaterialsIsNotRemovedButAnEmptyOneIsWithItsUnfinishedUploads() {
        long course = library.createCourse("teacher.wujiang", "吴江丝绸产业转型");
        long withMaterial = library.addLecture("teacher.wujiang", course, "第一讲");
        long empty = library.addLecture("teacher.wujiang", course, "第二讲");
        expect(library.uploadWhole("teacher.wujiang", withMaterial, "DOCUMENT", "讲义.pdf",
                TeachingFiles.slidesPdf(2000)), 201);

        String upload = text(expect(library.startUpload("teacher.wujiang", empty, "SLIDES", "未传完.pdf", 5000), 201), "id");

        HttpResponse<String> refused = remove("teacher.wujiang", withMaterial);
        HttpResponse<String> removed = remove("teacher.wujiang", empty);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("library.lecture.remove.hasMaterials");
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(api.get("teacher.wujiang", DEMO_PASSWORD, "api/lectures/" + empty).statusCode()).isEqualTo(404);
        assertThat(library.progress("teacher.wujiang", upload).statusCode()).as("its unfinished upload").isEqualTo(404);
    }

    @Test
    void aCoverImageIsCheckedStoredServedToThoseWhoSeeTheCourseAndRemoved() throws Exception {
        long course = library.createCourse("teacher.wujiang", "同里古镇的保护与利用");
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        HttpResponse<String> executable = cover("teacher.wujiang", course, TeachingFiles.windowsExecutable(4000));
        HttpResponse<String> byOtherTeacher = cover("teacher.qingpu", course, png.toByteArray());
        HttpResponse<String> stored = expect(cover("teacher.wujiang", course, png.toByteArray()), 200);

        assertThat(executable.statusCode()).isEqualTo(415);
        assertThat(byOtherTeacher.statusCode()).isEqualTo(404);
        assertThat(stored.body()).contains("\"cover\":true");
        HttpResponse<String> served = WebSession.signedIn(base, "teacher.wujiang").get("library/covers/" + course);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("private"));
        assertThat(WebSession.signedIn(base, "cadre.wujiang").get("library/covers/" + course).statusCode())
                .as("a draft's cover is not the cadre's to see").isEqualTo(404);

        expect(api.send(api.request("api/courses/" + course + "/cover", "teacher.wujiang", DEMO_PASSWORD)
                .header("X-Requested-With", "test").DELETE().build()), 204);
        assertThat(WebSession.signedIn(base, "teacher.wujiang").get("library/covers/" + course).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> cover(String user, long course, byte[] image) {
        return api.send(api.request("api/courses/" + course + "/cover?fileName=cover.png", user, DEMO_PASSWORD)
                .header("Content-Type", LibraryApi.CHUNKS).header("X-Requested-With", "test")
                .version(LibraryApi.BODIES).PUT(HttpRequest.BodyPublishers.ofByteArray(image)).build());
    }

    private HttpResponse<String> action(String user, String path) {
        return api.send(api.request(path, user, DEMO_PASSWORD).header("X-Requested-With", "test")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> remove(String user, long lecture) {
        return api.send(api.request("api/lectures/" + lecture, user, DEMO_PASSWORD)
                .header("X-Requested-With", "test").DELETE().build());
    }
}
