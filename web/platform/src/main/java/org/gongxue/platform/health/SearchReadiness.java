package org.gongxue.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gongxue.search.index.SearchHealth;
import org.gongxue.search.index.SearchHealthProbe;

/** Ready when the Elasticsearch cluster answers and can serve searches (green or yellow). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchHealthProbe probe;

    @Override
    public HealthCheckResponse call() {
        SearchHealth health = probe.check();
        if (!health.usable()) {
            return HealthResponses.down("search", health.status() + ": " + health.detail());
        }
        return HealthCheckResponse.named("search")
                .up()
                .withData("status", health.status())
                .withData("cluster", health.detail())
                .build();
    }
}
