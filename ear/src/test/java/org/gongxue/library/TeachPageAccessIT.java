package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** Who may open the teacher's pages: the same rules as the REST API, as 403 and 404 pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachPageAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.asBuilt();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private long course;
    private long lecture;

    @BeforeEach
    void aCourseOfTeacherQingpu() {
        api = new Api(base);
        LibraryApi library = new LibraryApi(api);
        course = library.createCourse("teacher.qingpu", "青浦的一门草稿课程");
        lecture = library.addLecture("teacher.qingpu", course, "第一讲");
    }

    @Test
    void theAuthorAndTheLocalitysAdministratorOpenTheCourseAndItsLecture() {
        for (String editor : new String[] {"teacher.qingpu", "admin.qingpu"}) {
            WebSession session = WebSession.signedIn(base, editor);
            HttpResponse<String> editorPage = session.get("library/teach/course.xhtml?id=" + course);
            HttpResponse<String> lecturePage = session.get("library/teach/lecture.xhtml?id=" + lecture);

            assertThat(editorPage.statusCode()).as(editor).isEqualTo(200);
            assertThat(editorPage.body()).contains("青浦的一门草稿课程", "第一讲");
            assertThat(lecturePage.statusCode()).as(editor).isEqualTo(200);
            assertThat(lecturePage.body()).contains("material-upload", "upload-progress");
        }
    }

    @Test
    void aCadreIsRefusedTheWorkspaceAndAnotherTeacherTheCourse() {
        WebSession cadre = WebSession.signedIn(base, "cadre.qingpu");
        WebSession otherTeacher = WebSession.signedIn(base, "teacher.wujiang");

        HttpResponse<String> workspace = cadre.get("library/teach/index.xhtml");
        HttpResponse<String> othersCourse = otherTeacher.get("library/teach/course.xhtml?id=" + course);
        HttpResponse<String> othersLecture = otherTeacher.get("library/teach/lecture.xhtml?id=" + lecture);
        HttpResponse<String> noSuchCourse = otherTeacher.get("library/teach/course.xhtml?id=" + Long.MAX_VALUE);
        HttpResponse<String> ownWorkspace = otherTeacher.get("library/teach/index.xhtml");

        assertThat(workspace.statusCode()).isEqualTo(403);
        // A draft does not exist for those who may not see it; a published course they may see but not edit.
        assertThat(othersCourse.statusCode()).isEqualTo(404);
        assertThat(othersCourse.body()).doesNotContain("青浦的一门草稿课程");
        assertThat(othersLecture.statusCode()).isEqualTo(404);
        assertThat(noSuchCourse.statusCode()).isEqualTo(404);
        assertThat(ownWorkspace.statusCode()).isEqualTo(200);
        assertThat(ownWorkspace.body()).contains("我的课程").doesNotContain("青浦的一门草稿课程");

        api.send(api.request("api/courses/" + course + "/publish", "admin.qingpu", DEMO_PASSWORD)
                .header("X-Requested-With", "test").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(otherTeacher.get("library/teach/course.xhtml?id=" + course).statusCode()).isEqualTo(403);
        assertThat(otherTeacher.get("library/teach/lecture.xhtml?id=" + lecture).statusCode()).isEqualTo(403);
    }
}
