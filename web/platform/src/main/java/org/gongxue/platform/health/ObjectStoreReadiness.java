package org.gongxue.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreException;

/** Ready when the object store answers and the platform's bucket exists. */
@Readiness
@ApplicationScoped
public class ObjectStoreReadiness implements HealthCheck {

    @Inject
    ContentStore contentStore;

    @Override
    public HealthCheckResponse call() {
        String bucket = contentStore.settings().bucket();
        try {
            if (!contentStore.bucketExists()) {
                return HealthResponses.down("object-store", "bucket " + bucket + " does not exist yet");
            }
            return HealthCheckResponse.named("object-store")
                    .up()
                    .withData("endpoint", contentStore.settings().endpoint())
                    .withData("bucket", bucket)
                    .build();
        } catch (ContentStoreException e) {
            return HealthResponses.down("object-store", e.getMessage());
        }
    }
}
