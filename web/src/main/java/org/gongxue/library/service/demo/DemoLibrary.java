package org.gongxue.library.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongxue.platform.outbox.Outbox;

/**
 * The library a newcomer finds on the embedded default: with
 * {@code gongxue.bootstrap.demo-library=true} (set only by the development run command), an empty
 * library is filled with the demo courses once. Start-up queues one outbox event per course:
 * generating a course's documents, subtitles and videos, then processing them, takes a while, so
 * {@link DemoLibrarySeeder} does it on the outbox workers, course by course, and a failed course
 * is retried on its own.
 */
@Startup
@Singleton
@DependsOn("FirstRunAccounts")
public class DemoLibrary {

    static final String SEED_TOPIC = "library.demo.seed";
    static final String PLATFORM_ADMIN = "platform.admin";

    private static final Logger LOG = Logger.getLogger(DemoLibrary.class.getName());

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "gongxue.bootstrap.demo-library", defaultValue = "false")
    boolean demoLibrary;

    @PostConstruct
    void queueSeeding() {
        if (!demoLibrary || em.createQuery("select count(c) from Course c", Long.class).getSingleResult() > 0) {
            return;
        }
        DemoContent content = DemoContent.load();
        for (int index = 0; index < content.courses().size(); index++) {
            outbox.enqueue(SEED_TOPIC, String.valueOf(index));
        }
        LOG.info(() -> "Demo library queued: " + content.courses().size() + " courses");
    }
}
