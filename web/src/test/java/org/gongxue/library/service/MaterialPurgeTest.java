package org.gongxue.library.service;

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
}
