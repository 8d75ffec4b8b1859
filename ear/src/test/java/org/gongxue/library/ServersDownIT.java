package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryFixtures.uniqueWord;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.gongxue.library.LibraryFixtures.CourseWithLecture;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.platform.outbox.OutboxStatus;
import org.gongxue.testing.LocalServers;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library keeps working while Elasticsearch or the object store is down, and catches up
 * when it returns: the servers the build started are really stopped and started again.
 */
@ExtendWith(ArquillianExtension.class)
class ServersDownIT {

    private static final Set<String> QINGPU_CADRE = Set.of("zone", "locality:QINGPU");
    private static final int COURSES = 4;

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(ServersDownIT.class, LibraryFixtures.class,
                LibraryFixtures.CourseWithLecture.class, MinimalDocx.class, LocalServers.class);
    }

    @Inject
    LibraryFixtures library;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    private long eventsBefore;

    @BeforeEach
    void rememberTheLastEvent() {
        eventsBefore = em.createQuery("select coalesce(max(e.id), 0) from OutboxEvent e", Long.class).getSingleResult();
    }

    @Test
    void whileSearchIsDownPublishingAndProcessingSucceedAndTheIndexCatchesUpWhenItReturns() {
        Map<String, String> documentByWord = new HashMap<>();
        LocalServers servers = LocalServers.ofThisTestRun();
        servers.stopElasticsearch();
        try {
            for (int i = 0; i < COURSES; i++) {
                String word = uniqueWord();
                CourseWithLecture course = library.publishedCourse("搜索停机期间发布的课程 " + i);
                long material = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "讲义" + i + ".docx",
                        MinimalDocx.of("停机期间上传的讲义 " + word));
                assertThat(library.processed(material).getState()).isEqualTo(ProcessingState.READY);
                documentByWord.put(word, "material-" + material);
            }
            LibraryFixtures.await(() -> eventsWaitingFor(LibraryEvents.COURSE_INDEX, "search index") >= COURSES,
                    () -> "indexing events tried and waiting for the index");
            assertThat(failedEvents()).isZero();
        } finally {
            servers.startElasticsearch();
        }
        documentByWord.forEach((word, document) -> library.awaitFound(word, QINGPU_CADRE, Set.of(document)));
    }

    @Test
    void whileTheObjectStoreIsDownMaterialsWaitAndAreProcessedWhenItReturns() {
        String word = uniqueWord();
        CourseWithLecture course = library.publishedCourse("对象存储停机期间上传的课程");
        String uploaded = library.upload(MinimalDocx.of("存储恢复后处理的讲义 " + word));
        long material;
        LocalServers servers = LocalServers.ofThisTestRun();
        servers.stopObjectStore();
        try {
            material = library.register(course.lectureId(), MaterialSlot.DOCUMENT, "讲义.docx", uploaded, 1);
            LibraryFixtures.await(() -> eventsWaitingFor(LibraryEvents.MATERIAL_PROCESS, "object store") >= 1,
                    () -> "the processing event tried and waiting for the object store");
            assertThat(library.find(material).getState()).isEqualTo(ProcessingState.PROCESSING);
        } finally {
            servers.startObjectStore();
        }
        assertThat(library.processed(material).getState()).isEqualTo(ProcessingState.READY);
        library.awaitFound(word, QINGPU_CADRE, Set.of("material-" + material));
        assertThat(failedEvents()).isZero();
    }

    /** Events of the topic that were tried, found the service down, and wait without having used an attempt. */
    private long eventsWaitingFor(String topic, String service) {
        return em.createQuery("""
                        select count(e) from OutboxEvent e where e.id > :before and e.topic = :topic
                        and e.status = :pending and e.attempts = 0 and e.lastError like :down""", Long.class)
                .setParameter("before", eventsBefore)
                .setParameter("topic", topic)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("down", "%" + service + " is unreachable%")
                .getSingleResult();
    }

    private long failedEvents() {
        return em.createQuery("select count(e) from OutboxEvent e where e.id > :before and e.status = :failed",
                        Long.class)
                .setParameter("before", eventsBefore)
                .setParameter("failed", OutboxStatus.FAILED)
                .getSingleResult();
    }
}
