package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.numbers;
import static org.gongxue.library.LibraryApi.text;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.util.List;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.platform.upload.UploadSessions;
import org.gongxue.testing.Api;
import org.gongxue.testing.InsideServer;
import org.gongxue.testing.ObjectStoreOutage;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The object store stops: uploads are refused with a clear 503 and leave no row; a chunk that
 * could not be stored is not acknowledged, and once the store is back the upload resumes from
 * the parts that were.
 */
@ExtendWith(ArquillianExtension.class)
class ObjectStoreDownIT {

    private static final String TEACHER = "teacher.wujiang";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(ObjectStoreDownIT.class, LibraryApi.class,
                LibrarySnapshot.class, TeachingFiles.class, Api.class, InsideServer.class, ObjectStoreOutage.class);
    }

    @Inject
    ContentStore store;

    @Inject
    UploadSessions engine;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void uploadsAreRefusedClearlyWhileTheStoreIsDownAndResumeWhenItIsBack() {
        LibraryApi library = new LibraryApi(new Api(InsideServer.base()));
        long lecture = library.addLecture(TEACHER, library.createCourse(TEACHER, "太湖流域生态治理"), "第一讲");
        int chunkSize = (int) engine.settings().chunkSizeBytes();
        byte[] video = TeachingFiles.video(chunkSize + 5000);
        String inProgress = text(expect(library.startUpload(TEACHER, lecture, "VIDEO", "治理.mp4", video.length), 201), "id");
        expect(library.putPart(TEACHER, inProgress, 1, LibraryApi.chunk(video, chunkSize, 1)), 204);
        LibrarySnapshot before = LibrarySnapshot.take(em, store);
        long materialsBefore = before.materials();

        HttpResponse<String> started;
        HttpResponse<String> whole;
        HttpResponse<String> part;
        try (ObjectStoreOutage outage = ObjectStoreOutage.begin()) {
            started = library.startUpload(TEACHER, lecture, "SLIDES", "课件.pdf", 4000);
            whole = library.uploadWhole(TEACHER, lecture, "SLIDES", "课件.pdf", TeachingFiles.slidesPdf(4000));
            part = library.putPart(TEACHER, inProgress, 2, LibraryApi.chunk(video, chunkSize, 2));
            assertThat(count("select count(m) from Material m")).isEqualTo(materialsBefore);
            assertThat(count("select count(s) from UploadSession s")).isEqualTo(before.uploadSessions());
        }

        for (HttpResponse<String> refused : List.of(started, whole, part)) {
            assertThat(refused.statusCode()).as(refused.request().toString()).isEqualTo(503);
            assertThat(refused.body()).contains("api.problem.storageUnavailable", "文件存储暂时无法访问");
        }
        LibrarySnapshot.take(em, store).assertNothingAddedSince(before);
        assertThat(numbers(expect(library.progress(TEACHER, inProgress), 200), "missingParts")).containsExactly(2);
        expect(library.putPart(TEACHER, inProgress, 2, LibraryApi.chunk(video, chunkSize, 2)), 204);
        assertThat(text(expect(library.complete(TEACHER, inProgress), 200), "state")).isEqualTo("QUEUED");
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
