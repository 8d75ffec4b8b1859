package org.gongxue.contentstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ContentStoreSettingsTest {

    @Test
    void missingOrBlankPropertiesTakeTheDefaultsOfTheLocalServer() {
        ContentStoreSettings settings = from(Map.of(ContentStoreSettings.BUCKET, "  "));

        assertThat(settings).isEqualTo(new ContentStoreSettings("http://127.0.0.1:9000", "gongxue",
                "gongxue-secret", "gongxue", "us-east-1", 16));
        assertThat(settings.partSizeBytes()).isEqualTo(16L * 1024 * 1024);
    }

    @Test
    void everyPropertyIsRead() {
        ContentStoreSettings settings = from(Map.of(
                "gongxue.s3.endpoint", "https://s3.example.org",
                "gongxue.s3.access-key", "ak",
                "gongxue.s3.secret-key", "sk",
                "gongxue.s3.bucket", "materials",
                "gongxue.s3.region", "cn-east-1",
                "gongxue.s3.part-size-mb", " 64 "));

        assertThat(settings).isEqualTo(new ContentStoreSettings("https://s3.example.org", "ak", "sk",
                "materials", "cn-east-1", 64));
    }

    @Test
    void aPartSizeOutsideTheS3LimitsIsRefusedByName() {
        assertThatThrownBy(() -> from(Map.of(ContentStoreSettings.PART_SIZE_MB, "4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gongxue.s3.part-size-mb")
                .hasMessageContaining("was 4");
        assertThatThrownBy(() -> from(Map.of(ContentStoreSettings.PART_SIZE_MB, "16MB")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'16MB'");
    }

    @Test
    void anEndpointMustBeAnHttpUrl() {
        assertThatThrownBy(() -> from(Map.of(ContentStoreSettings.ENDPOINT, "127.0.0.1:9000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gongxue.s3.endpoint");
    }

    @Test
    void theSecretKeyStaysOutOfTheTextForm() {
        assertThat(from(Map.of(ContentStoreSettings.SECRET_KEY, "top-secret")).toString())
                .contains("gongxue", "http://127.0.0.1:9000")
                .doesNotContain("top-secret");
    }

    private static ContentStoreSettings from(Map<String, String> properties) {
        return ContentStoreSettings.from(name -> Optional.ofNullable(properties.get(name)));
    }
}
