package org.gongxue.platform.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.search.index.ContentIndex;

/**
 * Creates what the application needs in the object store (its bucket) and in Elasticsearch (the
 * versioned index behind its alias) at start-up.
 *
 * <p>Either server may be down when WildFly starts. The application must start anyway — the
 * readiness checks say what is missing — so a failed step is retried every
 * {@value #RETRY_SECONDS} seconds until it succeeds, instead of failing the deployment.
 */
@Startup
@Singleton
public class BackingServicesSetup {

    private static final Logger LOG = Logger.getLogger(BackingServicesSetup.class.getName());
    static final int RETRY_SECONDS = 15;

    @Inject
    ContentStore contentStore;

    @Inject
    ContentIndex contentIndex;

    @Resource
    TimerService timers;

    private boolean bucketReady;
    private boolean indexReady;

    @PostConstruct
    void start() {
        prepare();
    }

    @Timeout
    void retry() {
        prepare();
    }

    private void prepare() {
        if (!bucketReady) {
            bucketReady = attempt("object-store bucket", () -> contentStore.ensureBucket());
        }
        if (!indexReady) {
            indexReady = attempt("search index", () -> contentIndex.ensureCreated());
        }
        if (!bucketReady || !indexReady) {
            timers.createSingleActionTimer(RETRY_SECONDS * 1000L, new TimerConfig(null, false));
        }
    }

    private static boolean attempt(String what, Step step) {
        try {
            step.run();
            LOG.info(() -> what + " ready");
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, what + " not ready yet; retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
            return false;
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }
}
