package org.gongxue.platform.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of a file as its first bytes say, detected with Tika's magic numbers (tika-core,
 * which the server has; the full parsers run only in the extraction child processes).
 *
 * <p>The file's name is given to the detector as a hint: Tika lets a name make a type more
 * precise (ZIP bytes named {@code .docx} are a DOCX, QuickTime bytes named {@code .mp4} an MP4)
 * but never contradict the bytes, so an executable named {@code .pdf} stays an executable.
 * Where the bytes match no signature at all, Tika would let the name decide; here they stay
 * {@code application/octet-stream}, which no kind accepts.
 * Subtitles have no magic number of their own, so the name would decide; instead a text is
 * called SubRip only if a SubRip timing line is among its first bytes, and WebVTT only if it
 * starts with {@code WEBVTT}.
 *
 * @param mediaType the detected type without parameters, e.g. {@code application/pdf}
 */
public record DetectedType(String mediaType) {

    /** How many first bytes detection reads: the longest reach of Tika's magic numbers. */
    public static final int HEAD_BYTES = MimeTypes.getDefaultMimeTypes().getMinLength();

    public static final String SUBRIP = "application/x-subrip";
    public static final String WEBVTT = "text/vtt";
    static final String PLAIN_TEXT = "text/plain";

    /** hh:mm:ss,mmm --> hh:mm:ss,mmm (hours may have one digit, a dot may stand for the comma). */
    private static final Pattern SUBRIP_TIMING = Pattern.compile(
            "(?m)^\\s*\\d{1,3}:\\d{2}:\\d{2}[,.]\\d{1,3}\\s*-->\\s*\\d{1,3}:\\d{2}:\\d{2}[,.]\\d{1,3}");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public DetectedType {
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /**
     * Detects the type of a file from its first bytes.
     *
     * @param head     the file's first bytes, up to {@link #HEAD_BYTES} (fewer for a shorter file)
     * @param fileName the file's name as a hint, or null
     */
    public static DetectedType of(byte[] head, String fileName) {
        Objects.requireNonNull(head, "head");
        byte[] bytes = head.length > HEAD_BYTES ? Arrays.copyOf(head, HEAD_BYTES) : head;
        MediaType byBytes = detect(bytes, null);
        if (byBytes.equals(MediaType.OCTET_STREAM)) {
            // Bytes without a signature: the name alone would decide, and names are what lie.
            return new DetectedType(byBytes.toString());
        }
        MediaType refined = fileName == null ? byBytes : detect(bytes, fileName);
        return new DetectedType(checkSubtitle(refined.getBaseType().toString(), bytes));
    }

    private static MediaType detect(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            return MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(bytes), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes from memory cannot fail", e);
        }
    }

    /** A plain-text type is a subtitle only if its content says so, whatever the name claimed. */
    private static String checkSubtitle(String type, byte[] head) {
        if (!(type.equals(PLAIN_TEXT) || type.equals(SUBRIP) || type.equals(WEBVTT))) {
            return type;
        }
        String text = asciiView(head);
        if (text.startsWith("WEBVTT")) {
            return WEBVTT;
        }
        if (SUBRIP_TIMING.matcher(text).find()) {
            return SUBRIP;
        }
        return PLAIN_TEXT;
    }

    /**
     * The head as text good enough to find ASCII markers in, whatever the encoding: UTF-16 (by
     * its byte-order mark) is decoded; UTF-8 and GBK keep ASCII bytes as they are, so reading
     * them as Latin-1 leaves digits, colons and arrows intact.
     */
    private static String asciiView(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = head.length >= 3 && Arrays.equals(head, 0, 3, UTF8_BOM, 0, 3) ? 3 : 0;
        return new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
    }
}
