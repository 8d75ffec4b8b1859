package org.gongxue.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class UploadSettingsTest {

    private static final long MIB = 1024L * 1024;

    @Test
    void defaultsAreEightMibChunksAndALimitPerKind() {
        UploadSettings settings = UploadSettings.from(name -> Optional.empty());

        assertThat(settings.chunkSizeBytes()).isEqualTo(8 * MIB);
        assertThat(settings.maxSize(FileKind.VIDEO)).isEqualTo(4096 * MIB);
        assertThat(settings.maxSize(FileKind.SLIDES)).isEqualTo(500 * MIB);
        assertThat(settings.maxSize(FileKind.DOCUMENT)).isEqualTo(200 * MIB);
        assertThat(settings.maxSize(FileKind.SUBTITLE)).isEqualTo(10 * MIB);
        assertThat(settings.maxSize(FileKind.IMAGE)).isEqualTo(20 * MIB);
    }

    @Test
    void sizesAreReadWithBinaryUnitsOrAsBytes() {
        Map<String, String> config = Map.of(
                "gongxue.upload.chunk-size-mb", " 16 ",
                "gongxue.upload.max-size.video", "8GiB",
                "gongxue.upload.max-size.slides", "300 MiB",
                "gongxue.upload.max-size.document", "1048576",
                "gongxue.upload.max-size.subtitle", "512kib",
                "gongxue.upload.max-size.image", "");

        UploadSettings settings = UploadSettings.from(name -> Optional.ofNullable(config.get(name)));

        assertThat(settings.chunkSizeMb()).isEqualTo(16);
        assertThat(settings.maxSize(FileKind.VIDEO)).isEqualTo(8192 * MIB);
        assertThat(settings.maxSize(FileKind.SLIDES)).isEqualTo(300 * MIB);
        assertThat(settings.maxSize(FileKind.DOCUMENT)).isEqualTo(MIB);
        assertThat(settings.maxSize(FileKind.SUBTITLE)).isEqualTo(512 * 1024);
        assertThat(settings.maxSize(FileKind.IMAGE)).as("blank means default").isEqualTo(20 * MIB);
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> UploadSettings.from(only("gongxue.upload.max-size.video", "4 GB")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gongxue.upload.max-size.video must be a size such as 4GiB");
        assertThatThrownBy(() -> UploadSettings.from(only("gongxue.upload.max-size.image", "0")))
                .hasMessageContaining("gongxue.upload.max-size.image must be at least one byte");
        assertThatThrownBy(() -> UploadSettings.from(only("gongxue.upload.max-size.image", "99999999999999TiB")))
                .hasMessageContaining("gongxue.upload.max-size.image is too large");
        assertThatThrownBy(() -> UploadSettings.from(only("gongxue.upload.chunk-size-mb", "4")))
                .hasMessageContaining("gongxue.upload.chunk-size-mb must be at least 5");
        assertThatThrownBy(() -> UploadSettings.from(only("gongxue.upload.chunk-size-mb", "8.5")))
                .hasMessageContaining("must be a whole number of MiB");
    }

    @Test
    void aLimitBeyondTenThousandChunksIsRefusedWithTheRemedy() {
        assertThatThrownBy(() -> UploadSettings.from(only("gongxue.upload.max-size.video", "100GiB")))
                .hasMessageContaining("10000 chunks of 8 MiB hold only")
                .hasMessageContaining("raise gongxue.upload.chunk-size-mb");
    }

    private static Function<String, Optional<String>> only(String key, String value) {
        return name -> name.equals(key) ? Optional.of(value) : Optional.empty();
    }
}
