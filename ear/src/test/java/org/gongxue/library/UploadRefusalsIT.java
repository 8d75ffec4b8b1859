package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;
import static org.gongxue.library.LibraryApi.numbers;
import static org.gongxue.library.LibraryApi.text;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.platform.upload.FileKind;
import org.gongxue.platform.upload.UploadSessions;
import org.gongxue.testing.Api;
import org.gongxue.testing.InsideServer;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad uploads get a clear answer and leave the library as it was: no row, no event, no object,
 * no unfinished upload in the store. Each test takes a snapshot before and compares after.
 */
@ExtendWith(ArquillianExtension.class)
class UploadRefusalsIT {

    private static final String TEACHER = "teacher.qingpu";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(UploadRefusalsIT.class, LibraryApi.class,
                LibrarySnapshot.class, TeachingFiles.class, Api.class, InsideServer.class);
    }

    @Inject
    ContentStore store;

    @Inject
    UploadSessions engine;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    private Api api;
    private LibraryApi library;
    private long lecture;
    private LibrarySnapshot before;

    @BeforeEach
    void aLectureAndTheLibraryAsItIs() {
        api = new Api(InsideServer.base());
        library = new LibraryApi(api);
        lecture = library.addLecture(TEACHER, library.createCourse(TEACHER, "基层治理的青浦经验"), "第一讲 网格化管理");
        before = LibrarySnapshot.take(em, store);
    }

    @Test
    void anExecutableNamedPdfIsRefusedByItsFirstBytes() {
        byte[] executable = TeachingFiles.windowsExecutable(120_000);
        String id = text(expect(library.startUpload(TEACHER, lecture, "SLIDES", "年度总结.pdf", executable.length), 201), "id");

        HttpResponse<String> firstPart = library.putPart(TEACHER, id, 1, executable);
        HttpResponse<String> whole = library.uploadWhole(TEACHER, lecture, "SLIDES", "年度总结.pdf", executable);

        assertThat(firstPart.statusCode()).isEqualTo(415);
        assertThat(firstPart.body()).contains("upload.refused.TYPE_NOT_ALLOWED");
        assertThat(whole.statusCode()).isEqualTo(415);
        assertThat(library.progress(TEACHER, id).statusCode()).isEqualTo(404);
        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
    }

    @Test
    void anEmptyFileIsRefused() {
        HttpResponse<String> started = library.startUpload(TEACHER, lecture, "DOCUMENT", "空白.docx", 0);
        HttpResponse<String> whole = library.uploadWhole(TEACHER, lecture, "DOCUMENT", "空白.docx", new byte[0]);

        assertThat(started.statusCode()).isEqualTo(400);
        assertThat(started.body()).contains("upload.refused.EMPTY_FILE");
        assertThat(whole.statusCode()).isEqualTo(400);
        assertThat(whole.body()).contains("upload.refused.EMPTY_FILE");
        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
    }

    @Test
    void aFileOverItsSlotsLimitIsRefusedBeforeAByteIsSentAndAChunkLongerThanItsPartToo() {
        long limit = engine.settings().maxSize(FileKind.SUBTITLE);
        HttpResponse<String> tooLarge = library.startUpload(TEACHER, lecture, "SUBTITLE", "字幕.srt", limit + 1);
        HttpResponse<String> tooLargeWhole = api.send(api.request("api/lectures/" + lecture
                        + "/materials?slot=SUBTITLE&fileName=a.srt", TEACHER, DEMO_PASSWORD)
                .header("Content-Type", LibraryApi.CHUNKS).header("X-Requested-With", "test").version(LibraryApi.BODIES)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[Math.toIntExact(limit + 1)])).build());
        byte[] subtitles = TeachingFiles.subtitles();
        String id = text(expect(library.startUpload(TEACHER, lecture, "SUBTITLE", "字幕.srt", subtitles.length), 201), "id");
        HttpResponse<String> longer = library.putPart(TEACHER, id, 1, new byte[subtitles.length + 1]);
        expect(library.cancel(TEACHER, id), 204);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("upload.refused.TOO_LARGE");
        assertThat(tooLargeWhole.statusCode()).as(tooLargeWhole.body()).isEqualTo(413);
        assertThat(longer.statusCode()).isEqualTo(400);
        assertThat(longer.body()).contains("upload.refused.WRONG_CHUNK_LENGTH");
        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
    }

    @Test
    void aNameWithPathsAndControlCharactersIsCleanedAndOneWithNothingLeftIsRefused() {
        byte[] slides = TeachingFiles.slidesPdf(40_000);
        HttpResponse<String> cleaned = expect(library.uploadInParts(TEACHER, lecture, "SLIDES",
                "../../etc/\u0000课件\u202Egpj\r\n.pdf", slides), 200);
        LibrarySnapshot afterGood = LibrarySnapshot.take(em, store);

        HttpResponse<String> unusable = library.startUpload(TEACHER, lecture, "SLIDES", "../\u0007/..", slides.length);

        String name = text(expect(library.material(TEACHER, number(cleaned, "materialId")), 200), "originalName");
        assertThat(name).isEqualTo("课件gpj .pdf").doesNotContain("/", "..", "\u0000", "\u202E", "\r", "\n");
        assertThat(unusable.statusCode()).isEqualTo(400);
        assertThat(unusable.body()).contains("upload.refused.NAME_UNUSABLE");
        LibrarySnapshot.take(em, store).assertNothingAddedSince(afterGood);
    }

    @Test
    void forgedCrossSiteRequestsAreRefused() {
        String json = """
                {"lectureId":%d,"slot":"DOCUMENT","fileName":"a.docx","size":10}""".formatted(lecture);
        HttpResponse<String> fromAnotherOrigin = api.send(api.request("api/uploads", TEACHER, DEMO_PASSWORD)
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        HttpResponse<String> asAFormPost = api.send(api.request("api/uploads", TEACHER, DEMO_PASSWORD)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        HttpResponse<String> crossSiteFetch = api.send(api.request("api/lectures/" + lecture
                        + "/materials?slot=DOCUMENT&fileName=a.pdf", TEACHER, DEMO_PASSWORD)
                .header("Content-Type", LibraryApi.CHUNKS).header("X-Requested-With", "x")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TeachingFiles.slidesPdf(1000))).build());
        String id = text(expect(library.startUpload(TEACHER, lecture, "SLIDES", "a.pdf", 1000), 201), "id");
        HttpResponse<String> partWithoutHeader = api.send(api.request("api/uploads/" + id + "/parts/1", TEACHER,
                DEMO_PASSWORD).header("Content-Type", LibraryApi.CHUNKS)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(TeachingFiles.slidesPdf(1000))).build());
        expect(library.cancel(TEACHER, id), 204);

        for (HttpResponse<String> forged : List.of(fromAnotherOrigin, asAFormPost, crossSiteFetch, partWithoutHeader)) {
            assertThat(forged.statusCode()).as(forged.request().toString()).isEqualTo(403);
            assertThat(forged.body()).contains("api.problem.crossSite");
        }
        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
    }

    @Test
    void anotherTeachersLectureAndUploadAreNotTheirs() {
        byte[] video = TeachingFiles.video(60_000);
        String id = text(expect(library.startUpload(TEACHER, lecture, "VIDEO", "a.mp4", video.length), 201), "id");
        expect(library.putPart(TEACHER, id, 1, video), 204);
        LibrarySnapshot withTheirUpload = LibrarySnapshot.take(em, store);

        HttpResponse<String> start = library.startUpload("teacher.wujiang", lecture, "VIDEO", "b.mp4", video.length);
        HttpResponse<String> whole = library.uploadWhole("teacher.wujiang", lecture, "VIDEO", "b.mp4", video);
        HttpResponse<String> progress = library.progress("teacher.wujiang", id);
        HttpResponse<String> part = library.putPart("teacher.wujiang", id, 1, video);
        HttpResponse<String> complete = library.complete("teacher.wujiang", id);
        HttpResponse<String> cancel = library.cancel("teacher.wujiang", id);

        assertThat(start.statusCode()).isEqualTo(403);
        assertThat(start.body()).contains("api.problem.forbidden");
        assertThat(whole.statusCode()).isEqualTo(403);
        assertThat(progress.statusCode()).isEqualTo(404);
        assertThat(part.statusCode()).isEqualTo(404);
        assertThat(complete.statusCode()).isEqualTo(404);
        assertThat(cancel.statusCode()).isEqualTo(404);
        assertThat(numbers(expect(library.progress(TEACHER, id), 200), "receivedParts")).containsExactly(1);
        LibrarySnapshot.take(em, store).assertNothingAddedSince(withTheirUpload);
        expect(library.cancel(TEACHER, id), 204);
    }

    @Test
    void aCadreUploadsNothingAndDoesNotSeeADraftsMaterials() {
        long material = number(expect(library.uploadWhole(TEACHER, lecture, "SLIDES", "课件.pdf",
                TeachingFiles.slidesPdf(5000)), 201), "id");
        LibrarySnapshot withTheMaterial = LibrarySnapshot.take(em, store);

        HttpResponse<String> start = library.startUpload("cadre.qingpu", lecture, "SLIDES", "c.pdf", 5000);
        HttpResponse<String> whole = library.uploadWhole("cadre.qingpu", lecture, "SLIDES", "c.pdf",
                TeachingFiles.slidesPdf(5000));
        HttpResponse<String> delete = library.deleteMaterial("cadre.qingpu", material);
        HttpResponse<String> read = library.material("cadre.qingpu", material);

        assertThat(start.statusCode()).isEqualTo(403);
        assertThat(whole.statusCode()).isEqualTo(403);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).contains("library.reader.notFound");
        LibrarySnapshot.take(em, store).assertNothingAddedSince(withTheMaterial);
    }

    @Test
    void aMissingLectureOrSlotIsSaidPlainly() {
        HttpResponse<String> noLecture = api.json("POST", TEACHER, DEMO_PASSWORD, "api/uploads",
                "{\"slot\":\"VIDEO\",\"fileName\":\"a.mp4\",\"size\":10}");
        HttpResponse<String> noSuchLecture = library.startUpload(TEACHER, Long.MAX_VALUE, "VIDEO", "a.mp4", 10);
        HttpResponse<String> noSlot = api.json("POST", TEACHER, DEMO_PASSWORD, "api/uploads",
                "{\"lectureId\":%d,\"fileName\":\"a.mp4\",\"size\":10}".formatted(lecture));
        HttpResponse<String> unknownSlot = library.uploadWhole(TEACHER, lecture, "MOVIE", "a.mp4", TeachingFiles.video(100));

        assertThat(noLecture.statusCode()).isEqualTo(400);
        assertThat(noLecture.body()).contains("library.teach.upload.lectureRequired");
        assertThat(noSuchLecture.statusCode()).isEqualTo(404);
        assertThat(noSlot.statusCode()).isEqualTo(400);
        assertThat(noSlot.body()).contains("library.teach.material.slotRequired");
        assertThat(unknownSlot.statusCode()).isEqualTo(400);
        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
    }
}
