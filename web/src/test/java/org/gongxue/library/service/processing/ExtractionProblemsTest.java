package org.gongxue.library.service.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gongxue.search.extraction.ExtractionException;
import org.gongxue.search.extraction.ExtractionTimeoutException;
import org.junit.jupiter.api.Test;

/** The messages are those TextExtractor gives (seen with real poison files; the IT runs them). */
class ExtractionProblemsTest {

    @Test
    void eachFailureGetsTheReasonTheUploaderCanActOn() {
        assertThat(ExtractionProblems.of(new ExtractionException("Tika could not parse 'a.docx': the parser failed "
                + "with org.apache.tika.exception.EncryptedDocumentException", null))).isEqualTo(ProcessingProblem.ENCRYPTED);
        assertThat(ExtractionProblems.of(new ExtractionException("The parser process died while extracting 'b.docx' "
                + "(out of its 512m heap, or crashed); the next document gets a new one", null)))
                .isEqualTo(ProcessingProblem.TOO_LARGE_WHEN_OPENED);
        assertThat(ExtractionProblems.of(new ExtractionTimeoutException("'c.pdf'", Duration.ofSeconds(120), null)))
                .isEqualTo(ProcessingProblem.TOO_SLOW);
        assertThat(ExtractionProblems.of(new ExtractionException("Tika could not parse 'd.pdf': the parser failed "
                + "with org.apache.tika.exception.TikaException", null))).isEqualTo(ProcessingProblem.CORRUPT);
    }
}
