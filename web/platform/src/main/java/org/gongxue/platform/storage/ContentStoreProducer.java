package org.gongxue.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreSettings;

/**
 * Makes the one object-store client of the application injectable, configured from MicroProfile
 * Config. The client is a thread-safe final class, so it is a singleton rather than a proxied
 * application-scoped bean.
 */
@ApplicationScoped
public class ContentStoreProducer {

    @Produces
    @Singleton
    ContentStore contentStore(Config config) {
        return new ContentStore(ContentStoreSettings.fromConfig(config));
    }

    void close(@Disposes ContentStore store) {
        store.close();
    }
}
