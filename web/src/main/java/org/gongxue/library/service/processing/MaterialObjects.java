package org.gongxue.library.service.processing;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the objects of a material live. The original keeps the key its upload gave it; what
 * processing derives from it is stored beside it under that key plus a fixed suffix, so that the
 * material's objects can all be named from the original's key alone, and deleting them needs no
 * listing of the store.
 */
public final class MaterialObjects {

    /** What processing derives from an original, each under its own suffix. */
    public enum Derived {
        /** The extracted text of a document, by page, slide or sheet: JSON (see StoredText). */
        TEXT(".text.json", "application/json"),
        /** Subtitles as WebVTT, whatever format was uploaded: the only one a browser's track plays. */
        CUES(".cues.vtt", "text/vtt; charset=utf-8"),
        /** A frame of the video, shown before it plays. */
        POSTER(".poster.jpg", "image/jpeg"),
        /** The video as H.264/AAC MP4 with its index first, when the upload was not one already. */
        RENDITION(".web.mp4", "video/mp4");

        private final String suffix;
        private final String contentType;

        Derived(String suffix, String contentType) {
            this.suffix = suffix;
            this.contentType = contentType;
        }

        public String keyFor(String objectKey) {
            return objectKey + suffix;
        }

        public String contentType() {
            return contentType;
        }
    }

    private MaterialObjects() {
    }

    /** The original and every object that may have been derived from it. */
    public static List<String> allKeys(String objectKey) {
        List<String> keys = new ArrayList<>();
        keys.add(objectKey);
        for (Derived derived : Derived.values()) {
            keys.add(derived.keyFor(objectKey));
        }
        return keys;
    }
}
