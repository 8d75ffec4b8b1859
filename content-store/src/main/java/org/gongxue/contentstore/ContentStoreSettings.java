package org.gongxue.contentstore;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;

/**
 * How to reach the object store and how to upload to it.
 *
 * @param endpoint   base URL of the S3 endpoint, e.g. {@code http://127.0.0.1:9000}
 * @param accessKey  S3 access key
 * @param secretKey  S3 secret key
 * @param bucket     the one bucket this store reads and writes
 * @param region     the region to sign requests for; given explicitly so that the client never
 *                   has to ask the server for the bucket's location
 * @param partSizeMb size of one multipart-upload part in MiB; an upload holds about one part in
 *                   memory, and S3 allows 5 MiB to 5 GiB per part and at most 10,000 parts. Also
 *                   the largest part {@link ContentStore#putPart} accepts from a caller, which it
 *                   holds in memory once (and never more than an array can hold, just under 2 GiB)
 */
public record ContentStoreSettings(String endpoint, String accessKey, String secretKey, String bucket,
                                   String region, int partSizeMb) {

    public static final String ENDPOINT = "gongxue.s3.endpoint";
    public static final String ACCESS_KEY = "gongxue.s3.access-key";
    public static final String SECRET_KEY = "gongxue.s3.secret-key";
    public static final String BUCKET = "gongxue.s3.bucket";
    public static final String REGION = "gongxue.s3.region";
    public static final String PART_SIZE_MB = "gongxue.s3.part-size-mb";

    /*
     * Defaults match the local S3 server that the platform's run command starts, so that a
     * developer's machine works without configuration. Production sets every one of them.
     */
    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:9000";
    public static final String DEFAULT_ACCESS_KEY = "gongxue";
    public static final String DEFAULT_SECRET_KEY = "gongxue-secret";
    public static final String DEFAULT_BUCKET = "gongxue";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final int DEFAULT_PART_SIZE_MB = 16;

    static final int MIN_PART_SIZE_MB = 5;
    static final int MAX_PART_SIZE_MB = 5 * 1024;

    public ContentStoreSettings {
        requireText(endpoint, ENDPOINT);
        requireText(accessKey, ACCESS_KEY);
        requireText(secretKey, SECRET_KEY);
        requireText(bucket, BUCKET);
        requireText(region, REGION);
        requireHttpUrl(endpoint);
        if (partSizeMb < MIN_PART_SIZE_MB || partSizeMb > MAX_PART_SIZE_MB) {
            throw new IllegalArgumentException(PART_SIZE_MB + " must be between " + MIN_PART_SIZE_MB
                    + " and " + MAX_PART_SIZE_MB + " (the limits S3 puts on a part), was " + partSizeMb);
        }
    }

    /** Reads the settings from MicroProfile Config (which also maps GONGXUE_S3_* environment variables). */
    public static ContentStoreSettings fromConfig(Config config) {
        Objects.requireNonNull(config, "config");
        return from(name -> config.getOptionalValue(name, String.class));
    }

    /** Reads the settings from any source of named string values; missing names take the defaults. */
    public static ContentStoreSettings from(Function<String, Optional<String>> source) {
        Function<String, Optional<String>> nonBlank = name -> source.apply(name).map(String::strip)
                .filter(value -> !value.isEmpty());
        return new ContentStoreSettings(
                nonBlank.apply(ENDPOINT).orElse(DEFAULT_ENDPOINT),
                nonBlank.apply(ACCESS_KEY).orElse(DEFAULT_ACCESS_KEY),
                nonBlank.apply(SECRET_KEY).orElse(DEFAULT_SECRET_KEY),
                nonBlank.apply(BUCKET).orElse(DEFAULT_BUCKET),
                nonBlank.apply(REGION).orElse(DEFAULT_REGION),
                nonBlank.apply(PART_SIZE_MB).map(ContentStoreSettings::parsePartSize).orElse(DEFAULT_PART_SIZE_MB));
    }

    public long partSizeBytes() {
        return partSizeMb * 1024L * 1024L;
    }

    /** Leaves the secret key out, so that settings can be logged. */
    @Override
    public String toString() {
        return "ContentStoreSettings[endpoint=" + endpoint + ", accessKey=" + accessKey + ", bucket=" + bucket
                + ", region=" + region + ", partSizeMb=" + partSizeMb + "]";
    }

    private static int parsePartSize(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PART_SIZE_MB + " must be a whole number of MiB, was '" + value + "'", e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    private static void requireHttpUrl(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException(ENDPOINT + " must be an http or https URL, was '" + endpoint + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ENDPOINT + " is not a valid URL: '" + endpoint + "'", e);
        }
    }
}
