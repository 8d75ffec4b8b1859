package org.gongxue.library.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import org.gongxue.library.LibraryFixtures;
import org.gongxue.library.model.Course;
import org.gongxue.library.model.CourseStatus;
import org.gongxue.library.model.Material;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.platform.media.VideoProcessor;
import org.gongxue.platform.outbox.Outbox;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo library's first course, seeded as the embedded default seeds all thirty: written by
 * the Qingpu demo teacher through the ordinary services, with a handout, subtitles and a generated
 * video per lecture, published by the Qingpu administrator, processed and found by what its
 * lecturer says. Seeding it again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DemoLibraryIT {

    /** The first course of courses.json. */
    private static final String TITLE = "学思践悟新思想：理论武装的基层路径";
    /** Said in its first lecture. */
    private static final String SPOKEN = "老旧小区改造";
    private static final Set<String> QINGPU_CADRE = Set.of("zone", "locality:QINGPU");

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(DemoLibraryIT.class, LibraryFixtures.class,
                LibraryFixtures.CourseWithLecture.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    LibraryFixtures library;

    @Inject
    VideoProcessor videos;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void theFirstDemoCourseIsWrittenPublishedProcessedAndFound() throws Exception {
        seed();
        LibraryFixtures.await(() -> status() == CourseStatus.PUBLISHED, () -> "demo course published");

        List<Material> materials = materials().stream().map(m -> library.processed(m.getId())).toList();
        List<MaterialSlot> expectedSlots = videos.tools().available()
                ? List.of(MaterialSlot.DOCUMENT, MaterialSlot.SUBTITLE, MaterialSlot.VIDEO)
                : List.of(MaterialSlot.DOCUMENT, MaterialSlot.SUBTITLE);
        assertThat(materials).as("two lectures, each with its materials").hasSize(2 * expectedSlots.size());
        assertThat(materials).extracting(Material::getSlot).containsOnlyElementsOf(expectedSlots);
        assertThat(materials).allSatisfy(material -> assertThat(material.getState())
                .as(material.getOriginalName() + ": " + material.getFailureReason()).isEqualTo(ProcessingState.READY));
        assertThat(materials).filteredOn(m -> m.getSlot() == MaterialSlot.VIDEO)
                .allSatisfy(video -> assertThat(video.getDurationSeconds()).isPositive());

        List<String> spokenIn = materials.stream()
                .filter(m -> m.getOriginalName().startsWith("第一讲"))
                .filter(m -> m.getSlot() != MaterialSlot.VIDEO)
                .map(m -> "material-" + m.getId()).toList();
        LibraryFixtures.await(() -> library.found(SPOKEN, QINGPU_CADRE).containsAll(spokenIn),
                () -> SPOKEN + " found in the first lecture's handout and subtitles " + spokenIn);

        seed();
        LibraryFixtures.await(this::seedingDone, () -> "second seeding handled");
        assertThat(em.createQuery("select count(c) from Course c where c.title = :title", Long.class)
                .setParameter("title", TITLE).getSingleResult()).isEqualTo(1);
    }

    private void seed() throws Exception {
        transaction.begin();
        outbox.enqueue("library.demo.seed", "0");
        transaction.commit();
    }

    private boolean seedingDone() {
        return em.createNativeQuery("select count(*) from outbox_event where topic = 'library.demo.seed'"
                + " and status <> 'DONE'").getSingleResult() instanceof Number pending && pending.longValue() == 0;
    }

    private CourseStatus status() {
        return em.createQuery("select c from Course c where c.title = :title", Course.class)
                .setParameter("title", TITLE).getResultStream().findFirst().map(Course::getStatus).orElse(null);
    }

    private List<Material> materials() {
        return em.createQuery("select m from Material m where m.lecture.course.title = :title", Material.class)
                .setParameter("title", TITLE).getResultList();
    }
}
