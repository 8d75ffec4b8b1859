package org.gongxue.search.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

/**
 * How {@link TextExtractor} runs Tika: where the parser jars are, how much text and time one
 * document may take, and how the child JVMs that parse are sized.
 */
public final class ExtractionSettings {

    static final String PREFIX = "gongxue.extraction.";
    public static final String TIKA_BIN = PREFIX + "tika-bin";
    public static final String WRITE_LIMIT = PREFIX + "write-limit";
    public static final String TIMEOUT_SECONDS = PREFIX + "timeout-seconds";
    public static final String CHILD_HEAP = PREFIX + "child-heap";
    public static final String POOL_SIZE = PREFIX + "pool-size";
    public static final String JAVA = PREFIX + "java";

    public static final int DEFAULT_WRITE_LIMIT = 5_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final String DEFAULT_CHILD_HEAP = "512m";
    public static final int DEFAULT_POOL_SIZE = 2;

    /** What -Xmx accepts: a number with an optional k/m/g unit. */
    private static final Pattern HEAP_SIZE = Pattern.compile("\\d+[kKmMgG]?");

    private final Path tikaBin;
    private final int writeLimit;
    private final Duration timeout;
    private final String childHeap;
    private final int poolSize;
    private final Path javaExecutable;

    private ExtractionSettings(Builder builder) {
        this.tikaBin = requireJarDirectory(builder.tikaBin);
        this.writeLimit = requirePositive(builder.writeLimit, WRITE_LIMIT);
        this.timeout = Objects.requireNonNull(builder.timeout, TIMEOUT_SECONDS);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(TIMEOUT_SECONDS + " must be positive, was " + timeout);
        }
        if (!HEAP_SIZE.matcher(builder.childHeap).matches()) {
            throw new IllegalArgumentException(
                    CHILD_HEAP + " must be a JVM heap size such as 512m, was '" + builder.childHeap + "'");
        }
        this.childHeap = builder.childHeap;
        this.poolSize = requirePositive(builder.poolSize, POOL_SIZE);
        this.javaExecutable = Objects.requireNonNull(builder.javaExecutable, JAVA);
    }

    /**
     * Reads the {@code gongxue.extraction.*} properties; only {@code tika-bin} is required.
     */
    public static ExtractionSettings fromConfig(Config config) {
        Builder builder = builder(Path.of(config.getValue(TIKA_BIN, String.class)));
        config.getOptionalValue(WRITE_LIMIT, Integer.class).ifPresent(builder::writeLimit);
        config.getOptionalValue(TIMEOUT_SECONDS, Long.class)
                .ifPresent(seconds -> builder.timeout(Duration.ofSeconds(seconds)));
        config.getOptionalValue(CHILD_HEAP, String.class).ifPresent(builder::childHeap);
        config.getOptionalValue(POOL_SIZE, Integer.class).ifPresent(builder::poolSize);
        config.getOptionalValue(JAVA, String.class).map(Path::of).ifPresent(builder::javaExecutable);
        return builder.build();
    }

    /** Settings with the defaults, for a directory holding tika-core and the parser jars. */
    public static Builder builder(Path tikaBin) {
        return new Builder(tikaBin);
    }

    /** Directory with tika-core, the parser jars and their dependencies: the child's class path. */
    public Path tikaBin() {
        return tikaBin;
    }

    /** Characters of text kept per document; the rest is cut off and the result marked truncated. */
    public int writeLimit() {
        return writeLimit;
    }

    /** How long one parse may run before its child JVM is stopped. */
    public Duration timeout() {
        return timeout;
    }

    /** The child JVM's maximum heap, as for -Xmx (e.g. 512m). */
    public String childHeap() {
        return childHeap;
    }

    /** How many child JVMs parse at the same time; further callers wait for a free one. */
    public int poolSize() {
        return poolSize;
    }

    /** The java executable that starts the child JVMs. */
    public Path javaExecutable() {
        return javaExecutable;
    }

    @Override
    public String toString() {
        return "ExtractionSettings[tikaBin=" + tikaBin + ", writeLimit=" + writeLimit + ", timeout=" + timeout
                + ", childHeap=" + childHeap + ", poolSize=" + poolSize + ", java=" + javaExecutable + "]";
    }

    private static Path requireJarDirectory(Path tikaBin) {
        Objects.requireNonNull(tikaBin, TIKA_BIN);
        // Checked here because a wrong path otherwise surfaces only at the first parse, as a
        // child JVM that dies on start with "EOF while waiting for start beacon".
        if (!Files.isDirectory(tikaBin)) {
            throw new IllegalArgumentException(TIKA_BIN + " is not a directory: " + tikaBin.toAbsolutePath());
        }
        return tikaBin;
    }

    private static int requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** Defaults as the {@code DEFAULT_*} constants; java is the running JVM's. */
    public static final class Builder {
        private final Path tikaBin;
        private int writeLimit = DEFAULT_WRITE_LIMIT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private String childHeap = DEFAULT_CHILD_HEAP;
        private int poolSize = DEFAULT_POOL_SIZE;
        private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");

        private Builder(Path tikaBin) {
            this.tikaBin = tikaBin;
        }

        public Builder writeLimit(int characters) {
            this.writeLimit = characters;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder childHeap(String heapSize) {
            this.childHeap = heapSize;
            return this;
        }

        public Builder poolSize(int processes) {
            this.poolSize = processes;
            return this;
        }

        public Builder javaExecutable(Path java) {
            this.javaExecutable = java;
            return this;
        }

        public ExtractionSettings build() {
            return new ExtractionSettings(this);
        }
    }
}
