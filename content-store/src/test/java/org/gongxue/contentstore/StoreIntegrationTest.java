package org.gongxue.contentstore;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Opens one store per test class on the S3 server that the build starts (S3Proxy); the endpoint
 * and keys come from system properties set by failsafe.
 */
abstract class StoreIntegrationTest {

    static ContentStoreSettings settings;
    static ContentStore store;

    @BeforeAll
    static void openStore() {
        settings = ContentStoreSettings.from(name -> Optional.ofNullable(System.getProperty(name)));
        store = new ContentStore(settings);
        store.ensureBucket();
    }

    /** Runs after the subclass's own {@code @AfterAll}, which may still use the store. */
    @AfterAll
    static void closeStore() {
        store.close();
    }
}
