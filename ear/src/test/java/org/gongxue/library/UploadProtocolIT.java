package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;
import static org.gongxue.library.LibraryApi.numbers;
import static org.gongxue.library.LibraryApi.text;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.library.service.MaterialKeys;
import org.gongxue.library.service.MaterialPurge;
import org.gongxue.platform.upload.UploadSessions;
import org.gongxue.testing.Api;
import org.gongxue.testing.InsideServer;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A teacher uploads a lecture's video, slides and handout through the REST API: in chunks, whole,
 * after an interruption, replaced, cancelled, deleted. The tests run inside the server so that
 * they can look at the rows and the stored objects behind the API's answers.
 */
@ExtendWith(ArquillianExtension.class)
class UploadProtocolIT {

    private static final String TEACHER = "teacher.qingpu";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(UploadProtocolIT.class, LibraryApi.class, LibrarySnapshot.class,
                TeachingFiles.class, Api.class, InsideServer.class, MinimalDocx.class);
    }

    @Inject
    ContentStore store;

    @Inject
    UploadSessions engine;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    private LibraryApi library;
    private long lecture;
    private int chunkSize;

    @BeforeEach
    void aLectureToUploadTo() {
        library = new LibraryApi(new Api(InsideServer.base()));
        long course = library.createCourse(TEACHER, "长三角一体化的制度创新");
        lecture = library.addLecture(TEACHER, course, "第一讲 跨省域共建共享");
        chunkSize = (int) engine.settings().chunkSizeBytes();
    }

    @Test
    void aVideoSlidesAndADocumentBecomeQueuedMaterialsWithTheirBytesAndTypes() throws IOException {
        byte[] video = TeachingFiles.video(2 * chunkSize + 4321);
        byte[] slides = TeachingFiles.slidesPdf(300_000);
        byte[] handout = MinimalDocx.of("长三角生态绿色一体化发展示范区", "跨省域项目审批的制度创新");

        HttpResponse<String> videoDone = expect(library.uploadInParts(TEACHER, lecture, "VIDEO", "开班动员.mp4", video), 200);
        HttpResponse<String> slidesDone = expect(library.uploadInParts(TEACHER, lecture, "SLIDES", "课件.pdf", slides), 200);
        HttpResponse<String> handoutDone = expect(library.uploadWhole(TEACHER, lecture, "DOCUMENT", "讲义.docx", handout), 201);

        assertThat(text(videoDone, "state")).isEqualTo("QUEUED");
        assertMaterial(number(videoDone, "materialId"), "VIDEO", "开班动员.mp4", "video/mp4", video);
        assertMaterial(number(slidesDone, "materialId"), "SLIDES", "课件.pdf", "application/pdf", slides);
        assertMaterial(number(handoutDone, "id"), "DOCUMENT", "讲义.docx", DOCX, handout);
        assertThat(library.lectureMaterialCount(TEACHER, lecture)).isEqualTo(3);
    }

    @Test
    void anInterruptedUploadResumesFromThePartsTheServerHas() throws IOException {
        byte[] video = TeachingFiles.video(2 * chunkSize + 777);
        HttpResponse<String> started = expect(library.startUpload(TEACHER, lecture, "VIDEO", "第二讲.mp4", video.length), 201);
        String id = text(started, "id");
        assertThat(number(started, "partCount")).isEqualTo(3);
        expect(library.putPart(TEACHER, id, 1, LibraryApi.chunk(video, chunkSize, 1)), 204);
        expect(library.putPart(TEACHER, id, 3, LibraryApi.chunk(video, chunkSize, 3)), 204);

        // The connection breaks; later a new client (another page load, another machine) asks where it stands.
        LibraryApi resumed = new LibraryApi(new Api(InsideServer.base()));
        HttpResponse<String> progress = expect(resumed.progress(TEACHER, id), 200);
        assertThat(numbers(progress, "receivedParts")).containsExactly(1, 3);
        assertThat(numbers(progress, "missingParts")).containsExactly(2);
        assertThat(text(progress, "state")).isEqualTo("RECEIVING");
        assertThat(expect(resumed.complete(TEACHER, id), 409).body()).contains("upload.refused.PARTS_MISSING");

        expect(resumed.putPart(TEACHER, id, 2, LibraryApi.chunk(video, chunkSize, 2)), 204);
        assertThat(text(expect(resumed.progress(TEACHER, id), 200), "state")).isEqualTo("ALL_PARTS_RECEIVED");
        HttpResponse<String> done = expect(resumed.complete(TEACHER, id), 200);
        // The answer to a completion can be lost too: asking again gives the same material.
        HttpResponse<String> again = expect(resumed.complete(TEACHER, id), 200);

        assertThat(number(again, "materialId")).isEqualTo(number(done, "materialId"));
        assertMaterial(number(done, "materialId"), "VIDEO", "第二讲.mp4", "video/mp4", video);
        assertThat(resumed.progress(TEACHER, id).statusCode()).isEqualTo(404);
    }

    @Test
    void aCancelledUploadLeavesNothingBehind() {
        LibrarySnapshot before = LibrarySnapshot.take(em, store);
        byte[] video = TeachingFiles.video(chunkSize + 10);
        String id = text(expect(library.startUpload(TEACHER, lecture, "VIDEO", "取消.mp4", video.length), 201), "id");
        expect(library.putPart(TEACHER, id, 1, LibraryApi.chunk(video, chunkSize, 1)), 204);

        expect(library.cancel(TEACHER, id), 204);

        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
        assertThat(library.progress(TEACHER, id).statusCode()).isEqualTo(404);
        assertThat(library.putPart(TEACHER, id, 2, LibraryApi.chunk(video, chunkSize, 2)).statusCode()).isEqualTo(404);
    }

    @Test
    void aReplacementTakesTheSlotOfTheMaterialItReplacesWhichIsPurgedAsIsADeletedOne() {
        long first = number(expect(library.uploadWhole(TEACHER, lecture, "DOCUMENT", "讲义（初稿）.docx",
                MinimalDocx.of("初稿")), 201), "id");
        String firstPurge = purgeKey(first);
        byte[] corrected = MinimalDocx.of("定稿");

        String id = text(expect(library.startReplacement(TEACHER, lecture, first, "讲义（定稿）.docx", corrected.length), 201), "id");
        expect(library.putPart(TEACHER, id, 1, corrected), 204);
        long second = number(expect(library.complete(TEACHER, id), 200), "materialId");

        assertThat(library.material(TEACHER, first).statusCode()).isEqualTo(404);
        assertThat(text(expect(library.material(TEACHER, second), 200), "slot")).isEqualTo("DOCUMENT");
        assertThat(purgeEventsFor(firstPurge)).isEqualTo(1);

        String secondPurge = purgeKey(second);
        expect(library.deleteMaterial(TEACHER, second), 204);
        assertThat(library.material(TEACHER, second).statusCode()).isEqualTo(404);
        assertThat(purgeEventsFor(secondPurge)).isEqualTo(1);
        assertThat(library.lectureMaterialCount(TEACHER, lecture)).isZero();
    }

    @Test
    void aLectureHasOneVideoAndASecondIsRefusedWithoutTrace() {
        expect(library.uploadWhole(TEACHER, lecture, "VIDEO", "正片.mp4", TeachingFiles.video(50_000)), 201);
        LibrarySnapshot before = LibrarySnapshot.take(em, store);

        HttpResponse<String> second = library.startUpload(TEACHER, lecture, "VIDEO", "花絮.mp4", 50_000);
        HttpResponse<String> secondWhole = library.uploadWhole(TEACHER, lecture, "VIDEO", "花絮.mp4",
                TeachingFiles.video(50_000));

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("library.teach.material.videoExists");
        assertThat(secondWhole.statusCode()).isEqualTo(400);
        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
    }

    private void assertMaterial(long materialId, String slot, String name, String mediaType, byte[] bytes)
            throws IOException {
        HttpResponse<String> material = expect(library.material(TEACHER, materialId), 200);
        assertThat(text(material, "slot")).isEqualTo(slot);
        assertThat(text(material, "originalName")).isEqualTo(name);
        assertThat(text(material, "mediaType")).isEqualTo(mediaType);
        assertThat(number(material, "sizeBytes")).isEqualTo(bytes.length);
        String key = objectKey(materialId);
        assertThat(key).startsWith(MaterialKeys.ROOT).doesNotContain(name);
        try (InputStream stored = store.get(key)) {
            assertThat(stored.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(em.createQuery("select count(e) from OutboxEvent e where e.topic = :topic and e.key = :key",
                        Long.class).setParameter("topic", LibraryEvents.MATERIAL_PROCESS)
                .setParameter("key", Long.toString(materialId)).getSingleResult()).isEqualTo(1);
    }

    private String objectKey(long materialId) {
        List<String> keys = em.createQuery("select m.objectKey from Material m where m.id = :id", String.class)
                .setParameter("id", materialId).getResultList();
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    private String purgeKey(long materialId) {
        return new MaterialPurge(materialId, objectKey(materialId)).eventKey();
    }

    private long purgeEventsFor(String key) {
        return em.createQuery("select count(e) from OutboxEvent e where e.topic = :topic and e.key = :key", Long.class)
                .setParameter("topic", LibraryEvents.MATERIAL_PURGE).setParameter("key", key).getSingleResult();
    }
}
