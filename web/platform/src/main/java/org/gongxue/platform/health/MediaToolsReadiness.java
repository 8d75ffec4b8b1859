package org.gongxue.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.gongxue.platform.media.MediaTools;

/**
 * Reports whether videos can be processed, beside the other backing services in
 * {@code /health/ready}, where operators already look — but always UP: without ffmpeg the
 * platform still serves everything (videos stay as uploaded), so taking the server out of a load
 * balancer for it would do harm. Not a liveness check either: a restart cannot install ffmpeg.
 */
@Readiness
@ApplicationScoped
public class MediaToolsReadiness implements HealthCheck {

    @Inject
    MediaTools tools;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("media").up().withData("video-processing",
                tools.available() ? "available" : "unavailable");
        tools.version().ifPresent(version -> response.withData("ffmpeg", version));
        tools.problem().ifPresent(problem -> response.withData("reason", problem));
        return response.build();
    }
}
