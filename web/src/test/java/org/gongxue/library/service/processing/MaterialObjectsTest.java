package org.gongxue.library.service.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialObjectsTest {

    @Test
    void everyDerivedObjectIsNamedFromTheOriginal() {
        assertThat(MaterialObjects.allKeys("m/1")).containsExactly("m/1", "m/1.text.json", "m/1.cues.vtt",
                "m/1.poster.jpg", "m/1.web.mp4");
    }
}
