package org.gongxue.platform.upload;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.gongxue.contentstore.ContentStore;

/**
 * How uploads are cut into chunks and how large a file of each kind may be.
 *
 * @param chunkSizeMb size of every chunk but the last, in MiB: one S3 part each, so at least 5;
 *                    also the memory one chunk request holds on the server
 * @param maxSizes    the largest file of each kind, in bytes
 */
public record UploadSettings(int chunkSizeMb, Map<FileKind, Long> maxSizes) {

    public static final String CHUNK_SIZE_MB = "gongxue.upload.chunk-size-mb";
    /** Followed by a kind's {@link FileKind#configName()}, e.g. {@code gongxue.upload.max-size.video}. */
    public static final String MAX_SIZE_PREFIX = "gongxue.upload.max-size.";

    public static final int DEFAULT_CHUNK_SIZE_MB = 8;
    private static final int MIN_CHUNK_SIZE_MB = (int) (ContentStore.MIN_PART_BYTES >> 20);
    private static final long MIB = 1024L * 1024;
    private static final Map<FileKind, Long> DEFAULT_MAX_SIZES = Map.of(
            FileKind.VIDEO, 4096 * MIB,
            FileKind.SLIDES, 500 * MIB,
            FileKind.DOCUMENT, 200 * MIB,
            FileKind.SUBTITLE, 10 * MIB,
            FileKind.IMAGE, 20 * MIB);

    /** A number of bytes with an optional binary unit: 4GiB, 500 MiB, 1048576. */
    private static final Pattern BYTE_SIZE = Pattern.compile("(\\d{1,15})\\s*(B|KiB|MiB|GiB|TiB)?",
            Pattern.CASE_INSENSITIVE);

    public UploadSettings {
        if (chunkSizeMb < MIN_CHUNK_SIZE_MB) {
            throw new IllegalArgumentException(CHUNK_SIZE_MB + " must be at least " + MIN_CHUNK_SIZE_MB
                    + " (S3's smallest part), was " + chunkSizeMb);
        }
        Objects.requireNonNull(maxSizes, "maxSizes");
        EnumMap<FileKind, Long> sizes = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            Long max = maxSizes.get(kind);
            String key = MAX_SIZE_PREFIX + kind.configName();
            if (max == null || max < 1) {
                throw new IllegalArgumentException(key + " must be at least one byte, was " + max);
            }
            long largestUpload = chunkSizeMb * MIB * ContentStore.MAX_PART_NUMBER;
            if (max > largestUpload) {
                throw new IllegalArgumentException(key + " is " + max + " bytes, but " + ContentStore.MAX_PART_NUMBER
                        + " chunks of " + chunkSizeMb + " MiB hold only " + largestUpload + "; raise " + CHUNK_SIZE_MB);
            }
            sizes.put(kind, max);
        }
        maxSizes = Collections.unmodifiableMap(sizes);
    }

    /** Reads the settings from MicroProfile Config (which also maps GONGXUE_UPLOAD_* environment variables). */
    public static UploadSettings fromConfig(Config config) {
        Objects.requireNonNull(config, "config");
        return from(name -> config.getOptionalValue(name, String.class));
    }

    /** Reads the settings from any source of named string values; missing names take the defaults. */
    public static UploadSettings from(Function<String, Optional<String>> source) {
        Function<String, Optional<String>> nonBlank = name -> source.apply(name).map(String::strip)
                .filter(value -> !value.isEmpty());
        int chunkSizeMb = nonBlank.apply(CHUNK_SIZE_MB).map(UploadSettings::parseChunkSize)
                .orElse(DEFAULT_CHUNK_SIZE_MB);
        Map<FileKind, Long> maxSizes = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            String key = MAX_SIZE_PREFIX + kind.configName();
            maxSizes.put(kind, nonBlank.apply(key).map(value -> parseByteSize(key, value))
                    .orElse(DEFAULT_MAX_SIZES.get(kind)));
        }
        return new UploadSettings(chunkSizeMb, maxSizes);
    }

    public long chunkSizeBytes() {
        return chunkSizeMb * MIB;
    }

    public long maxSize(FileKind kind) {
        return maxSizes.get(kind);
    }

    private static int parseChunkSize(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CHUNK_SIZE_MB + " must be a whole number of MiB, was '" + value + "'", e);
        }
    }

    static long parseByteSize(String key, String value) {
        Matcher matcher = BYTE_SIZE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(key + " must be a size such as 4GiB, 500MiB or a number of bytes, was '"
                    + value + "'");
        }
        long number = Long.parseLong(matcher.group(1));
        int shift = switch (matcher.group(2) == null ? "b" : matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "kib" -> 10;
            case "mib" -> 20;
            case "gib" -> 30;
            case "tib" -> 40;
            default -> 0;
        };
        if (Long.numberOfLeadingZeros(number) <= shift) {
            throw new IllegalArgumentException(key + " is too large: '" + value + "'");
        }
        return number << shift;
    }
}
