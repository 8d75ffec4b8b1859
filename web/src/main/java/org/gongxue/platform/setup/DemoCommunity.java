package org.gongxue.platform.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongxue.platform.outbox.Outbox;

/**
 * The community a newcomer finds on the embedded default: with
 * {@code gongxue.bootstrap.demo-community=true} (set only by the development run command), every
 * {@link DemoSeed} whose feature is still empty is queued once. The seeds write on an outbox
 * worker, so that start-up does not wait and a failure is retried and shown on the background
 * tasks page.
 */
@Startup
@Singleton
@DependsOn("FirstRunAccounts")
public class DemoCommunity {

    private static final String KEY = "demo";

    private static final Logger LOG = Logger.getLogger(DemoCommunity.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    @Any
    Instance<DemoSeed> seeds;

    @Inject
    @ConfigProperty(name = "gongxue.bootstrap.demo-community", defaultValue = "false")
    boolean demoCommunity;

    @PostConstruct
    void queueSeeding() {
        if (!demoCommunity) {
            return;
        }
        for (DemoSeed seed : seeds) {
            if (seed.isEmpty()) {
                outbox.enqueue(seed.topic(), KEY);
                LOG.info(() -> "Demo content queued: " + seed.topic());
            }
        }
    }
}
