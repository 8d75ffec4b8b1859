package org.gongxue.platform.upload;

import java.util.Locale;
import java.util.Set;

/**
 * What an uploaded file is meant to be, each kind with the media types it accepts: the types
 * detected from the bytes ({@link DetectedType}), never the ones a name or a browser claims.
 * The library's material slots map onto these by name.
 *
 * <p>{@code application/x-tika-ooxml} and {@code application/x-tika-msoffice} are what the
 * detector says of an Office file whose name does not tell which one it is (a DOCX saved as
 * {@code .doc}); with the server's tika-core alone it cannot look inside the container, so such
 * files are let through to the processing worker, which parses them with every parser.
 */
public enum FileKind {

    VIDEO(Set.of("video/mp4", "video/x-m4v", "video/quicktime", "video/webm", "video/x-matroska",
            "application/x-matroska", "video/x-msvideo", "video/x-ms-wmv", "video/x-ms-asf", "video/x-flv",
            "video/mpeg", "video/3gpp", "video/ogg")),
    SLIDES(Set.of("application/pdf", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
            "application/vnd.oasis.opendocument.presentation",
            "application/x-tika-ooxml", "application/x-tika-msoffice")),
    DOCUMENT(Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/rtf", "text/plain", "text/csv",
            "application/x-tika-ooxml", "application/x-tika-msoffice")),
    /** Only what passed {@link DetectedType}'s content checks is called SubRip or WebVTT. */
    SUBTITLE(Set.of(DetectedType.SUBRIP, DetectedType.WEBVTT)),
    IMAGE(Set.of("image/png", "image/jpeg", "image/webp"));

    private final Set<String> mediaTypes;

    FileKind(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    public boolean allows(DetectedType type) {
        return mediaTypes.contains(type.mediaType());
    }

    /** The accepted media types, for documentation and error messages. */
    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** The kind's name in configuration keys, e.g. {@code video} in {@code gongxue.upload.max-size.video}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
