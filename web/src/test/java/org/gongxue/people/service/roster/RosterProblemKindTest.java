package org.gongxue.people.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.gongxue.platform.i18n.MessageBundlesTestSupport;
import org.junit.jupiter.api.Test;

class RosterProblemKindTest {

    @Test
    void everyProblemHasItsMessageInChineseAndEnglish() {
        for (Properties bundle : MessageBundlesTestSupport.allBundles()) {
            assertThat(RosterProblemKind.values())
                    .allSatisfy(kind -> assertThat(bundle.getProperty(kind.getKey())).as(kind.getKey()).isNotBlank());
        }
    }
}
