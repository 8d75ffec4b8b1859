package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MediaSettingsTest {

    @Test
    void defaultsFindTheToolsOnThePathAndLeaveHalfTheProcessors() {
        MediaSettings settings = MediaSettings.builder().build();

        assertThat(settings.ffmpeg()).isEmpty();
        assertThat(settings.ffprobe()).isEmpty();
        assertThat(settings.titleFont()).isEmpty();
        assertThat(settings.probeTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.convertTimeout()).isEqualTo(Duration.ofMinutes(180));
        assertThat(settings.maxHeight()).isEqualTo(720);
        assertThat(settings.posterSecond()).isEqualTo(10);
        assertThat(settings.posterWidth()).isEqualTo(640);
        assertThat(settings.threads()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> MediaSettings.builder().maxHeight(100).build())
                .hasMessageContaining(MediaSettings.MAX_HEIGHT);
        assertThatThrownBy(() -> MediaSettings.builder().threads(0).build())
                .hasMessageContaining(MediaSettings.THREADS);
        assertThatThrownBy(() -> MediaSettings.builder().convertTimeout(Duration.ZERO).build())
                .hasMessageContaining(MediaSettings.CONVERT_TIMEOUT_MINUTES);
        assertThatThrownBy(() -> MediaSettings.builder().posterWidth(10_000).build())
                .hasMessageContaining(MediaSettings.POSTER_WIDTH);
    }
}
