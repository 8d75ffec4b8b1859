package org.gongxue.library.service.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.gongxue.platform.i18n.MessageBundlesTestSupport;
import org.junit.jupiter.api.Test;

/** A material's failure reason and note are bundle keys its uploader's page shows: each needs a text in every language. */
class ProcessingTextsTest {

    @Test
    void everyProblemAndNoteHasATextInEveryLanguage() {
        for (Properties bundle : MessageBundlesTestSupport.allBundles()) {
            for (ProcessingProblem problem : ProcessingProblem.values()) {
                assertThat(bundle.getProperty(problem.messageKey())).as(problem.name()).isNotBlank();
            }
            for (ProcessingNote note : ProcessingNote.values()) {
                assertThat(bundle.getProperty(note.messageKey())).as(note.name()).isNotBlank();
            }
        }
    }
}
