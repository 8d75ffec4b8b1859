package org.gongxue.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Reads the sign-in settings while the application starts, so that a setting that does not make
 * sense fails the deployment with its reason instead of failing the first person who signs in.
 */
@ApplicationScoped
public class StartupChecks {

    @Inject
    SecuritySettings settings;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        settings.trustedProxies();
    }
}
