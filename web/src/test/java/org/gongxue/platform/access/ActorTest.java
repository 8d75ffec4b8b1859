package org.gongxue.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void localityAdministratorsAdministerOnlyTheirOwnLocality() {
        Actor admin = new Actor(1, "admin.qingpu", "QINGPU", Set.of(Role.LOCALITY_ADMIN), Set.of(), null);

        assertThat(admin.mayAdminister("QINGPU")).isTrue();
        assertThat(admin.mayAdminister("WUJIANG")).isFalse();
        assertThat(admin.mayAdminister("ZONE")).isFalse();
    }

    @Test
    void platformAdministratorsAdministerEveryLocality() {
        Actor admin = new Actor(1, "platform.admin", "ZONE", Set.of(Role.PLATFORM_ADMIN), Set.of(), null);

        assertThat(admin.mayAdminister("JIASHAN")).isTrue();
        assertThat(admin.mayAdminister("ZONE")).isTrue();
    }

    @Test
    void othersAdministerNothingNotEvenTheirOwnLocality() {
        Actor cadre = new Actor(1, "cadre", "QINGPU", Set.of(Role.CADRE, Role.TEACHER), Set.of(), null);

        assertThat(cadre.mayAdminister("QINGPU")).isFalse();
        assertThat(cadre.isAdministrator()).isFalse();
    }
}
