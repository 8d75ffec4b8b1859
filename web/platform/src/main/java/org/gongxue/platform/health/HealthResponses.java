package org.gongxue.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

/** The shape every readiness check reports a failure in, so that operators read one format. */
final class HealthResponses {

    private HealthResponses() {
    }

    static HealthCheckResponse down(String check, String reason) {
        return HealthCheckResponse.named(check)
                .down()
                .withData("reason", reason == null || reason.isBlank() ? "unknown error" : reason)
                .build();
    }
}
