package org.gongxue.library.service.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaterialPurgeTest {

    @Test
    void theEventKeyCarriesTheIdAndTheObjectKeyWhateverItHolds() {
        MaterialPurge purge = new MaterialPurge(42, "library/materials/a:b c");

        assertThat(purge.eventKey()).isEqualTo("42:library/materials/a:b c");
        assertThat(MaterialPurge.parse(purge.eventKey())).isEqualTo(purge);
    }

    @Test
    void keysThatNameNoMaterialAreRefused() {
        assertThatThrownBy(() -> MaterialPurge.parse("library/materials/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaterialPurge.parse(":x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaterialPurge(0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaterialPurge(1, "k".repeat(200))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDerivedObjectIsNamedFromTheOriginal() {
        assertThat(MaterialObjects.allKeys("m/1")).containsExactly("m/1", "m/1.text.json", "m/1.cues.vtt",
                "m/1.poster.jpg", "m/1.web.mp4");
    }
}
