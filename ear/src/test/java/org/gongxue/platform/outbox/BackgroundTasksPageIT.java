package org.gongxue.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.testing.Api;
import org.gongxue.testing.PlatformDeployment;
import org.gongxue.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Platform administrators see the background tasks that failed on every attempt and queue them
 * again; nobody else may. A failed event is planted in the server first (a processing event of a
 * material that no longer exists: queued again, it is handled at once and leaves the list).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackgroundTasksPageIT {

    /** Material ids are positive: no material has this one. */
    private static final String GONE_MATERIAL = "-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(BackgroundTasksPageIT.class, Api.class);
    }

    @Inject
    OutboxAdministration administration;

    @Inject
    Actors actors;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aFailedEventIsThereAndOnlyPlatformAdministratorsMayQueueItAgain() throws Exception {
        transaction.begin();
        // One planted event at a time, whatever earlier runs left.
        em.createNativeQuery("delete from outbox_event where event_key = ?1").setParameter(1, GONE_MATERIAL)
                .executeUpdate();
        em.createNativeQuery("""
                        insert into outbox_event (topic, event_key, status, attempts, available_at, last_error,
                          created_at, finished_at)
                        values ('library.material.process', ?1, 'FAILED', 8, ?2, 'IllegalStateException: planted', ?2, ?2)""")
                .setParameter(1, GONE_MATERIAL).setParameter(2, Instant.now()).executeUpdate();
        transaction.commit();
        long planted = administration.failed(0, OutboxAdministration.MAX_PAGE_SIZE).stream()
                .filter(event -> event.getKey().equals(GONE_MATERIAL)).findFirst().orElseThrow().getId();

        for (String refused : new String[] {"admin.qingpu", "teacher.qingpu", "cadre.qingpu"}) {
            assertThatThrownBy(() -> administration.retry(actors.forUsername(refused, "127.0.0.1").orElseThrow(), planted))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(administration.failed(0, OutboxAdministration.MAX_PAGE_SIZE))
                .anySatisfy(event -> assertThat(event.getId()).isEqualTo(planted));
    }

    @Test
    @Order(2)
    @RunAsClient
    void aPlatformAdministratorQueuesTheFailedTaskAgainAndItIsDone() throws Exception {
        BackgroundTasksPage.queueAgain(base, GONE_MATERIAL);
    }

    @Test
    @Order(3)
    @RunAsClient
    void nobodyElseMayOpenThePage() {
        for (String refused : new String[] {"admin.qingpu", "teacher.qingpu"}) {
            WebSession session = new WebSession(base);
            session.signIn(refused, Api.DEMO_PASSWORD);
            assertThat(session.get("admin/outbox.xhtml").statusCode()).as(refused).isEqualTo(403);
        }
    }
}
