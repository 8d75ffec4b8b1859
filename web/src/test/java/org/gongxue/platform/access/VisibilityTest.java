package org.gongxue.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private final Visibility visibility = new Visibility();

    private static Actor person(String locality, Set<Role> roles, Set<Long> groups) {
        return new Actor(1, "someone", locality, roles, groups, "127.0.0.1");
    }

    @Test
    void aVisitorWhoHasNotSignedInBelongsToNoAudience() {
        AudienceSet audiences = visibility.audiencesOf(null);

        assertThat(audiences.isUnrestricted()).isFalse();
        assertThat(audiences.keys()).isEmpty();
        assertThat(audiences.includes(Audience.zone())).isFalse();
    }

    @Test
    void aCadreBelongsToTheZoneTheirLocalityAndTheirGroups() {
        AudienceSet audiences = visibility.audiencesOf(person("QINGPU", Set.of(Role.CADRE), Set.of(7L, 9L)));

        assertThat(audiences.keys()).containsExactlyInAnyOrder("zone", "locality:QINGPU", "group:7", "group:9");
        assertThat(audiences.includes(Audience.locality("WUJIANG"))).isFalse();
        assertThat(audiences.includes(Audience.group(8))).isFalse();
    }

    @Test
    void aLocalityAdministratorSeesOnlyTheirOwnLocalityNotTheOthers() {
        Actor admin = person("JIASHAN", Set.of(Role.LOCALITY_ADMIN), Set.of());

        assertThat(visibility.maySee(admin, Audience.locality("JIASHAN"))).isTrue();
        assertThat(visibility.maySee(admin, Audience.locality("QINGPU"))).isFalse();
    }

    @Test
    void platformAdministratorsSeeEverythingIncludingGroupsTheyAreNotIn() {
        AudienceSet audiences = visibility.audiencesOf(person("ZONE", Set.of(Role.PLATFORM_ADMIN), Set.of()));

        assertThat(audiences.isUnrestricted()).isTrue();
        assertThat(audiences.includes(Audience.group(12345))).isTrue();
        assertThat(audiences.includes(Audience.locality("WUJIANG"))).isTrue();
    }

    @Test
    void peopleOfTheZoneItselfBelongToTheZoneOnly() {
        AudienceSet audiences = visibility.audiencesOf(person("ZONE", Set.of(Role.EXPERT), Set.of()));

        assertThat(audiences.keys()).containsExactly("zone");
    }

    @Test
    void somethingShownToSeveralAudiencesIsSeenByAMemberOfAny() {
        AudienceSet cadre = visibility.audiencesOf(person("WUJIANG", Set.of(Role.CADRE), Set.of()));

        assertThat(cadre.includesAny(Set.of(Audience.locality("QINGPU"), Audience.locality("WUJIANG")))).isTrue();
        assertThat(cadre.includesAny(Set.of(Audience.group(3)))).isFalse();
    }
}
