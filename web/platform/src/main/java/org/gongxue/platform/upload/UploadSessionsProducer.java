package org.gongxue.platform.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.gongxue.contentstore.ContentStore;

/**
 * Makes the upload engine injectable, configured from MicroProfile Config. It holds no state of
 * its own and is thread-safe, so it is a singleton like the store it uses.
 */
@ApplicationScoped
public class UploadSessionsProducer {

    @Produces
    @Singleton
    UploadSessions uploadSessions(ContentStore store, Config config) {
        return new UploadSessions(store, UploadSettings.fromConfig(config));
    }
}
