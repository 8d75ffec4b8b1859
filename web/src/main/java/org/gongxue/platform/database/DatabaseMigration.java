package org.gongxue.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before the application serves anyone.
 *
 * <p>Runs once at deployment. If a migration fails, the deployment fails: serving requests
 * against a schema the code does not expect would corrupt data. Start-up beans that read the
 * database declare {@code @DependsOn("DatabaseMigration")}.
 */
@Startup
@Singleton
// Flyway manages its own transactions per migration; a container transaction around them would
// make a failed DDL statement roll back differently on H2 and PostgreSQL.
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/GongxueDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        // Flyway sits in the EAR's lib/ while the scripts sit in the WAR: scan with the WAR's
        // class loader, which sees both.
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
