package org.gongxue.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void keysHaveTheFormsTheSearchIndexStores() {
        assertThat(Audience.zone().key()).isEqualTo("zone");
        assertThat(Audience.locality("QINGPU").key()).isEqualTo("locality:QINGPU");
        assertThat(Audience.group(42).key()).isEqualTo("group:42");
    }

    @Test
    void keysParseBackToEqualAudiences() {
        for (String key : new String[] {"zone", "locality:WUJIANG", "group:5"}) {
            assertThat(Audience.parse(key).key()).isEqualTo(key);
        }
        assertThat(Audience.parse("locality:JIASHAN")).isEqualTo(Audience.locality("JIASHAN"));
    }

    @Test
    void theZoneAsALocalityIsTheZoneAudience() {
        assertThat(Audience.locality("ZONE")).isEqualTo(Audience.zone());
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"", "Zone", "locality:", "locality:qingpu", "group:x", "group:-1", "everyone"}) {
            assertThatThrownBy(() -> Audience.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
