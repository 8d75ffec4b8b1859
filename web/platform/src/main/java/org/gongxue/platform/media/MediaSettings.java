package org.gongxue.platform.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How the platform runs ffmpeg and ffprobe: where they are, how long and how wide they may run,
 * and the size of what they make. Keys {@code gongxue.media.*}, so environment variables
 * {@code GONGXUE_MEDIA_*} override them.
 */
public final class MediaSettings {

    static final String PREFIX = "gongxue.media.";
    public static final String FFMPEG = PREFIX + "ffmpeg";
    public static final String FFPROBE = PREFIX + "ffprobe";
    public static final String PROBE_TIMEOUT_SECONDS = PREFIX + "probe-timeout-seconds";
    public static final String CONVERT_TIMEOUT_MINUTES = PREFIX + "convert-timeout-minutes";
    public static final String THREADS = PREFIX + "threads";
    public static final String MAX_HEIGHT = PREFIX + "max-height";
    public static final String POSTER_SECOND = PREFIX + "poster-second";
    public static final String POSTER_WIDTH = PREFIX + "poster-width";
    public static final String TITLE_FONT = PREFIX + "title-font";

    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(60);
    /** Long enough for a three-hour lecture recorded in 1080p at preset veryfast on two cores. */
    public static final Duration DEFAULT_CONVERT_TIMEOUT = Duration.ofMinutes(180);
    public static final int DEFAULT_MAX_HEIGHT = 720;
    public static final int DEFAULT_POSTER_SECOND = 10;
    public static final int DEFAULT_POSTER_WIDTH = 640;

    static final int MIN_HEIGHT = 144;
    static final int MAX_MAX_HEIGHT = 4320;
    static final int MAX_POSTER_WIDTH = 3840;

    private final Path ffmpeg;
    private final Path ffprobe;
    private final Duration probeTimeout;
    private final Duration convertTimeout;
    private final int threads;
    private final int maxHeight;
    private final int posterSecond;
    private final int posterWidth;
    private final Path titleFont;

    private MediaSettings(Builder builder) {
        this.ffmpeg = builder.ffmpeg;
        this.ffprobe = builder.ffprobe;
        this.probeTimeout = requirePositive(builder.probeTimeout, PROBE_TIMEOUT_SECONDS);
        this.convertTimeout = requirePositive(builder.convertTimeout, CONVERT_TIMEOUT_MINUTES);
        this.threads = requireBetween(builder.threads, 1, 64, THREADS);
        this.maxHeight = requireBetween(builder.maxHeight, MIN_HEIGHT, MAX_MAX_HEIGHT, MAX_HEIGHT);
        this.posterSecond = requireBetween(builder.posterSecond, 0, 3600, POSTER_SECOND);
        this.posterWidth = requireBetween(builder.posterWidth, 64, MAX_POSTER_WIDTH, POSTER_WIDTH);
        this.titleFont = builder.titleFont;
    }

    /** Reads the {@code gongxue.media.*} properties; every one has a default. */
    public static MediaSettings fromConfig(Config config) {
        Builder builder = builder();
        path(config, FFMPEG).ifPresent(builder::ffmpeg);
        path(config, FFPROBE).ifPresent(builder::ffprobe);
        config.getOptionalValue(PROBE_TIMEOUT_SECONDS, Long.class)
                .ifPresent(seconds -> builder.probeTimeout(Duration.ofSeconds(seconds)));
        config.getOptionalValue(CONVERT_TIMEOUT_MINUTES, Long.class)
                .ifPresent(minutes -> builder.convertTimeout(Duration.ofMinutes(minutes)));
        config.getOptionalValue(THREADS, Integer.class).ifPresent(builder::threads);
        config.getOptionalValue(MAX_HEIGHT, Integer.class).ifPresent(builder::maxHeight);
        config.getOptionalValue(POSTER_SECOND, Integer.class).ifPresent(builder::posterSecond);
        config.getOptionalValue(POSTER_WIDTH, Integer.class).ifPresent(builder::posterWidth);
        path(config, TITLE_FONT).ifPresent(builder::titleFont);
        return builder.build();
    }

    /** Settings with the defaults: the tools found on PATH. */
    public static Builder builder() {
        return new Builder();
    }

    /** The ffmpeg executable as configured; empty means "look for it on PATH". */
    public Optional<Path> ffmpeg() {
        return Optional.ofNullable(ffmpeg);
    }

    /** The ffprobe executable as configured; empty means "beside ffmpeg, or on PATH". */
    public Optional<Path> ffprobe() {
        return Optional.ofNullable(ffprobe);
    }

    /** How long reading a file's streams (and checking the tools) may take. */
    public Duration probeTimeout() {
        return probeTimeout;
    }

    /** How long making one video (a conversion, a poster, a demo clip) may take. */
    public Duration convertTimeout() {
        return convertTimeout;
    }

    /** Threads one ffmpeg process may use. */
    public int threads() {
        return threads;
    }

    /** Web-ready copies made by conversion are at most this many pixels high. */
    public int maxHeight() {
        return maxHeight;
    }

    /** The poster is the frame at this second, or at a third of a shorter video. */
    public int posterSecond() {
        return posterSecond;
    }

    /** Posters are at most this many pixels wide. */
    public int posterWidth() {
        return posterWidth;
    }

    /** A font with Chinese glyphs for the titles of generated clips; empty means "a well-known one". */
    public Optional<Path> titleFont() {
        return Optional.ofNullable(titleFont);
    }

    @Override
    public String toString() {
        return "MediaSettings[ffmpeg=" + ffmpeg + ", ffprobe=" + ffprobe + ", probeTimeout=" + probeTimeout
                + ", convertTimeout=" + convertTimeout + ", threads=" + threads + ", maxHeight=" + maxHeight
                + ", posterSecond=" + posterSecond + ", posterWidth=" + posterWidth + ", titleFont=" + titleFont + "]";
    }

    private static Optional<Path> path(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty())
                .map(Path::of);
    }

    private static Duration requirePositive(Duration value, String key) {
        Objects.requireNonNull(value, key);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + value);
        }
        return value;
    }

    private static int requireBetween(int value, int min, int max, String key) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Defaults as the {@code DEFAULT_*} constants; threads default to half the processors (at
     * least one), leaving the other half to the server while a video converts.
     */
    public static final class Builder {
        private Path ffmpeg;
        private Path ffprobe;
        private Duration probeTimeout = DEFAULT_PROBE_TIMEOUT;
        private Duration convertTimeout = DEFAULT_CONVERT_TIMEOUT;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        private int maxHeight = DEFAULT_MAX_HEIGHT;
        private int posterSecond = DEFAULT_POSTER_SECOND;
        private int posterWidth = DEFAULT_POSTER_WIDTH;
        private Path titleFont;

        private Builder() {
        }

        public Builder ffmpeg(Path executable) {
            this.ffmpeg = executable;
            return this;
        }

        public Builder ffprobe(Path executable) {
            this.ffprobe = executable;
            return this;
        }

        public Builder probeTimeout(Duration timeout) {
            this.probeTimeout = timeout;
            return this;
        }

        public Builder convertTimeout(Duration timeout) {
            this.convertTimeout = timeout;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder maxHeight(int pixels) {
            this.maxHeight = pixels;
            return this;
        }

        public Builder posterSecond(int second) {
            this.posterSecond = second;
            return this;
        }

        public Builder posterWidth(int pixels) {
            this.posterWidth = pixels;
            return this;
        }

        public Builder titleFont(Path fontFile) {
            this.titleFont = fontFile;
            return this;
        }

        public MediaSettings build() {
            return new MediaSettings(this);
        }
    }
}
