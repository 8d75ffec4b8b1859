package org.gongxue.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a pooled connection to the platform's database answers a validity check. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/GongxueDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return HealthCheckResponse.named("database")
                        .up()
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .build();
            }
            return HealthResponses.down("database", "the connection did not validate within "
                    + VALIDATION_TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return HealthResponses.down("database", e.getMessage());
        }
    }
}
