package org.gongxue.platform.streaming;

import java.io.InputStream;

import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ObjectInfo;

/** Where {@link ObjectStreamer} reads objects from: the content store, or bytes in a unit test. */
public interface ObjectSource {

    /** The object's metadata; the store's {@code ObjectNotFoundException} when there is none. */
    ObjectInfo stat(String key);

    /** {@code length} bytes from {@code offset}; the caller closes the stream. */
    InputStream openRange(String key, long offset, long length);

    /**
     * This source, reporting {@code mediaType} as every object's type (null: the stored one): objects
     * are stored with the type their name suggested, and served as the type detected from their bytes.
     */
    default ObjectSource servedAs(String mediaType) {
        if (mediaType == null) {
            return this;
        }
        ObjectSource stored = this;
        return new ObjectSource() {
            @Override
            public ObjectInfo stat(String key) {
                ObjectInfo info = stored.stat(key);
                return new ObjectInfo(info.key(), info.size(), info.etag(), info.lastModified(), mediaType);
            }

            @Override
            public InputStream openRange(String key, long offset, long length) {
                return stored.openRange(key, offset, length);
            }
        };
    }

    static ObjectSource of(ContentStore store) {
        return new ObjectSource() {
            @Override
            public ObjectInfo stat(String key) {
                return store.stat(key);
            }

            @Override
            public InputStream openRange(String key, long offset, long length) {
                return store.getRange(key, offset, length);
            }
        };
    }
}
