package org.gongxue.library.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The Content-Disposition of a served material (RFC 6266): shown in the page only for types a
 * browser shows without running anything of the file's own, saved under its original name
 * otherwise. The name is given twice: as UTF-8 (RFC 8187) for every current browser, and in
 * ASCII for the rest.
 */
public final class ContentDisposition {

    /** Video, pictures, PDF (the browser's own viewer) and captions; never HTML, SVG or scripts. */
    private static final Set<String> SHOWABLE_PREFIXES = Set.of("video/", "audio/", "image/png", "image/jpeg",
            "image/webp", "image/gif", "application/pdf", "text/vtt");

    private ContentDisposition() {
    }

    public static boolean showableInPage(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return SHOWABLE_PREFIXES.stream().anyMatch(type::startsWith);
    }

    public static String of(String fileName, boolean attachment) {
        String name = fileName == null || fileName.isBlank() ? "material" : fileName;
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        // RFC 8187's attr-char leaves out more than URLEncoder does; + is its encoding of a space.
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("*", "%2A").replace("%7E", "~");
        return (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
