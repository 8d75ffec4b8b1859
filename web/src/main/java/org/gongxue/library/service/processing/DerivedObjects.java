package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.platform.outbox.ServiceDownException;

/** Writes and removes the objects processing derives from an original (see {@link MaterialObjects}). */
@ApplicationScoped
public class DerivedObjects {

    private static final Logger LOG = Logger.getLogger(DerivedObjects.class.getName());

    @Inject
    ContentStore store;

    /** Stores the bytes as the given derivative of the original; returns its key. */
    public String put(String objectKey, MaterialObjects.Derived derived, byte[] content) throws ServiceDownException {
        return put(objectKey, derived, new ByteArrayInputStream(content));
    }

    private String put(String objectKey, MaterialObjects.Derived derived, InputStream content)
            throws ServiceDownException {
        String key = derived.keyFor(objectKey);
        try {
            store.put(key, content, derived.contentType());
            return key;
        } catch (ContentStoreException e) {
            Unreachable.throwIfObjectStoreDown(e);
            throw e;
        }
    }

    /** Stores the file as the given derivative of the original, streaming it; returns its key. */
    public String put(String objectKey, MaterialObjects.Derived derived, Path file) throws ServiceDownException {
        try (InputStream content = Files.newInputStream(file)) {
            return put(objectKey, derived, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Removes whatever was derived from the original, for a material deleted while it was processed. */
    public void removeAll(String objectKey) {
        for (MaterialObjects.Derived derived : MaterialObjects.Derived.values()) {
            try {
                store.delete(derived.keyFor(objectKey));
            } catch (ContentStoreException e) {
                // Left for the orphan sweep: the material is gone, nothing shows these objects.
                LOG.log(Level.WARNING, "Could not remove " + derived.keyFor(objectKey) + ": " + e.getMessage());
            }
        }
    }
}
