package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;
import static org.gongxue.library.LibraryApi.text;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.UUID;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.contentstore.UploadId;
import org.gongxue.contentstore.UploadNotFoundException;
import org.gongxue.library.service.LibraryUploadSettings;
import org.gongxue.library.service.MaterialKeys;
import org.gongxue.library.service.OrphanSweep;
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
 * What unfinished uploads leave behind is swept: an upload nobody continued expires with its
 * parts; objects and multipart uploads no record claims go once the grace period has passed,
 * and not before; what materials and live uploads claim stays.
 */
@ExtendWith(ArquillianExtension.class)
class UploadSweepIT {

    private static final String TEACHER = "teacher.jiashan";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(UploadSweepIT.class, LibraryApi.class, TeachingFiles.class,
                Api.class, InsideServer.class);
    }

    @Inject
    OrphanSweep sweep;

    @Inject
    LibraryUploadSettings settings;

    @Inject
    ContentStore store;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private LibraryApi library;
    private long lecture;

    @BeforeEach
    void aLecture() {
        library = new LibraryApi(new Api(InsideServer.base()));
        lecture = library.addLecture(TEACHER, library.createCourse(TEACHER, "嘉善县域发展"), "第一讲");
    }

    @Test
    void anUploadNobodyContinuedExpiresWithItsParts() throws Exception {
        byte[] video = TeachingFiles.video(80_000);
        String id = text(expect(library.startUpload(TEACHER, lecture, "VIDEO", "半途.mp4", video.length), 201), "id");
        expect(library.putPart(TEACHER, id, 1, video), 204);
        String key = em.createQuery("select s.objectKey from UploadSession s where s.id = :id", String.class)
                .setParameter("id", id).getSingleResult();
        String uploadId = em.createQuery("select s.s3UploadId from UploadSession s where s.id = :id", String.class)
                .setParameter("id", id).getSingleResult();
        expireNow(id);

        OrphanSweep.Swept swept = sweep.sweep(Instant.now());

        assertThat(swept.expiredUploads()).isPositive();
        assertThat(library.progress(TEACHER, id).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> store.listParts(key, new UploadId(uploadId))).isInstanceOf(UploadNotFoundException.class);
    }

    @Test
    void whatNoRecordClaimsGoesAfterTheGracePeriodAndWhatIsClaimedStays() {
        String orphan = MaterialKeys.ROOT + UUID.randomUUID() + "/left-by-a-crash";
        store.put(orphan, new ByteArrayInputStream(new byte[] {1, 2, 3}), null);
        String abandonedKey = MaterialKeys.ROOT + UUID.randomUUID() + "/never-recorded";
        UploadId abandoned = store.startUpload(abandonedKey, null);
        store.putPart(abandonedKey, abandoned, 1, new ByteArrayInputStream(new byte[10]), 10);
        long material = number(expect(library.uploadWhole(TEACHER, lecture, "SLIDES", "课件.pdf",
                TeachingFiles.slidesPdf(3000)), 201), "id");
        byte[] video = TeachingFiles.video(70_000);
        String live = text(expect(library.startUpload(TEACHER, lecture, "VIDEO", "进行中.mp4", video.length), 201), "id");
        expect(library.putPart(TEACHER, live, 1, video), 204);

        sweep.sweep(Instant.now());
        assertThat(store.stat(orphan).size()).as("too young to sweep").isEqualTo(3);
        assertThat(store.listParts(abandonedKey, abandoned)).hasSize(1);

        OrphanSweep.Swept swept = sweep.sweep(Instant.now().plus(settings.orphanGrace()).plusSeconds(60));

        assertThat(swept.orphanObjects()).isPositive();
        assertThat(swept.abandonedUploads()).isPositive();
        assertThatThrownBy(() -> store.stat(orphan)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> store.listParts(abandonedKey, abandoned)).isInstanceOf(UploadNotFoundException.class);
        assertThat(text(expect(library.material(TEACHER, material), 200), "state")).isNotBlank();
        String materialKey = em.createQuery("select m.objectKey from Material m where m.id = :id", String.class)
                .setParameter("id", material).getSingleResult();
        assertThat(store.stat(materialKey).size()).isEqualTo(3000);
        assertThat(LibraryApi.numbers(expect(library.progress(TEACHER, live), 200), "receivedParts")).containsExactly(1);
        expect(library.cancel(TEACHER, live), 204);
    }

    private void expireNow(String id) throws Exception {
        transaction.begin();
        em.createQuery("update UploadSession s set s.expiresAt = :past where s.id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", id).executeUpdate();
        transaction.commit();
    }
}
