package org.gongxue.library.service.processing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.library.service.LibraryDocuments;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.library.service.MaterialPurge;
import org.gongxue.platform.outbox.OutboxHandler;
import org.gongxue.platform.outbox.OutboxMessage;
import org.gongxue.search.index.ContentIndex;

/**
 * MATERIAL_PURGE: a material was deleted or replaced; removes its entry from the index and its
 * objects (the original and everything derived from it) from the store. Deleting what is
 * already gone succeeds, so the event may be handled twice.
 */
@ApplicationScoped
public class MaterialPurgeHandler implements OutboxHandler {

    @Inject
    ContentStore store;

    @Inject
    ContentIndex index;

    @Override
    public String topic() {
        return LibraryEvents.MATERIAL_PURGE;
    }

    @Override
    public void handle(OutboxMessage message) throws Exception {
        MaterialPurge purge = MaterialPurge.parse(message.key());
        try {
            index.delete(LibraryDocuments.materialId(purge.materialId()));
        } catch (IOException | ElasticsearchException e) {
            Unreachable.throwIfSearchIndexDown(e);
            throw e;
        }
        try {
            for (String key : MaterialObjects.allKeys(purge.objectKey())) {
                store.delete(key);
            }
        } catch (ContentStoreException e) {
            Unreachable.throwIfObjectStoreDown(e);
            throw e;
        }
    }
}
