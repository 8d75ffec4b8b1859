package org.gongxue.search.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionSettingsTest {

    @TempDir
    Path tikaBin;

    @Test
    void onlyTheJarDirectoryIsRequired() {
        ExtractionSettings settings = ExtractionSettings.fromConfig(config(Map.of(ExtractionSettings.TIKA_BIN, tikaBin.toString())));

        assertThat(settings.tikaBin()).isEqualTo(tikaBin);
        assertThat(settings.writeLimit()).isEqualTo(5_000_000);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.childHeap()).isEqualTo("512m");
        assertThat(settings.poolSize()).isEqualTo(2);
        assertThat(settings.javaExecutable()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    @Test
    void everySettingIsRead() {
        ExtractionSettings settings = ExtractionSettings.fromConfig(config(Map.of(
                ExtractionSettings.TIKA_BIN, tikaBin.toString(),
                ExtractionSettings.WRITE_LIMIT, "1000",
                ExtractionSettings.TIMEOUT_SECONDS, "30",
                ExtractionSettings.CHILD_HEAP, "1g",
                ExtractionSettings.POOL_SIZE, "4",
                ExtractionSettings.JAVA, "/opt/java/bin/java")));

        assertThat(settings.writeLimit()).isEqualTo(1000);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.childHeap()).isEqualTo("1g");
        assertThat(settings.poolSize()).isEqualTo(4);
        assertThat(settings.javaExecutable()).isEqualTo(Path.of("/opt/java/bin/java"));
    }

    @Test
    void nonsenseIsRejectedAtStartRatherThanAtTheFirstParse() {
        assertThatThrownBy(() -> ExtractionSettings.builder(tikaBin.resolve("missing")).build())
                .hasMessageContaining(ExtractionSettings.TIKA_BIN);
        assertThatThrownBy(() -> ExtractionSettings.builder(tikaBin).childHeap("512 MB").build())
                .hasMessageContaining(ExtractionSettings.CHILD_HEAP);
        assertThatThrownBy(() -> ExtractionSettings.builder(tikaBin).timeout(Duration.ZERO).build())
                .hasMessageContaining(ExtractionSettings.TIMEOUT_SECONDS);
        assertThatThrownBy(() -> ExtractionSettings.builder(tikaBin).poolSize(0).build())
                .hasMessageContaining(ExtractionSettings.POOL_SIZE);
    }

    /** A Config over a map, converting with the types' valueOf-style factories. */
    private static Config config(Map<String, String> values) {
        Map<Class<?>, Function<String, ?>> converters = Map.of(
                String.class, Function.identity(), Integer.class, Integer::valueOf, Long.class, Long::valueOf);
        return new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                return Optional.ofNullable(values.get(name)).map(value -> type.cast(converters.get(type).apply(value)));
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
