package org.gongxue.library.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.gongxue.library.service.MaterialAccess;

/**
 * Which bytes of a material a streaming address asks for: the file as uploaded, or one of the
 * objects processing derived from it.
 */
enum MaterialVariant {

    /** The file as uploaded, typed as detected from its bytes. */
    ORIGINAL(MaterialAccess::objectKey, MaterialAccess::mediaType),
    /** The web-ready video (H.264/AAC MP4, faststart), typed as processing stored it. */
    RENDITION(MaterialAccess::renditionKey, access -> null),
    /** The video's poster frame, typed as processing stored it. */
    POSTER(MaterialAccess::posterKey, access -> null),
    /** The subtitles as WebVTT, for the player's captions: browsers take a track only as text/vtt. */
    CUES(MaterialAccess::cuesKey, access -> "text/vtt;charset=utf-8");

    private final Function<MaterialAccess, String> key;
    private final Function<MaterialAccess, String> mediaType;

    MaterialVariant(Function<MaterialAccess, String> key, Function<MaterialAccess, String> mediaType) {
        this.key = key;
        this.mediaType = mediaType;
    }

    /** The address segment: original, rendition, poster, cues. */
    String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MaterialVariant> bySegment(String segment) {
        return Arrays.stream(values()).filter(variant -> variant.segment().equals(segment)).findFirst();
    }

    /** The object's key; null when processing made no such object (yet). */
    String key(MaterialAccess access) {
        return key.apply(access);
    }

    /**
     * The type the bytes are served as, or null for the one the store keeps. For an upload ours
     * rather than the store's: the store keeps what the uploading client claimed, the database
     * what the bytes were found to be.
     */
    String mediaType(MaterialAccess access) {
        return mediaType.apply(access);
    }
}
