package org.gongxue.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.platform.i18n.MessageBundlesTestSupport;
import org.junit.jupiter.api.Test;

/** The audit page names each action from the bundles: a new action without a text would show a raw key. */
class AuditActionTextsTest {

    @Test
    void everyAuditActionHasATextInEveryLanguage() {
        for (Properties bundle : MessageBundlesTestSupport.allBundles()) {
            for (AuditAction action : AuditAction.values()) {
                assertThat(bundle.getProperty("audit.action." + action)).as(action.name()).isNotBlank();
            }
        }
    }
}
