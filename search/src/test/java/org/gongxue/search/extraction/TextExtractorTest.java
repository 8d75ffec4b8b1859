package org.gongxue.search.extraction;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongxue.search.extraction.ChineseDocuments.AUTHOR;
import static org.gongxue.search.extraction.ChineseDocuments.TEXT;
import static org.gongxue.search.extraction.ChineseDocuments.TITLE;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Tika in real child JVMs, started from the jars that search/tika-bin collects
 * (system property gongxue.test.tika-bin, set by the build).
 */
class TextExtractorTest {

    private static final String PAGE_ONE = "第一页：营商环境优化";
    private static final String PAGE_THREE = "第三页：长三角一体化";

    private static TextExtractor extractor;

    @BeforeAll
    static void startExtractor() {
        extractor = new TextExtractor(settings().build());
    }

    @AfterAll
    static void stopExtractor() {
        extractor.close();
    }

    @Test
    void docx() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.docx(), "讲义.docx");

        assertThat(document.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.text()).contains(TEXT);
        assertThat(document.metadata(MetadataName.TITLE)).isEqualTo(TITLE);
        assertThat(document.metadata(MetadataName.AUTHOR)).isEqualTo(AUTHOR);
        assertThat(document.metadata(MetadataName.CREATED)).isNotBlank();
        assertThat(document.truncated()).isFalse();
    }

    @Test
    void pptx() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.pptx(), "课件.pptx");

        assertThat(document.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(document.text()).contains(TEXT);
        assertThat(document.metadata(MetadataName.TITLE)).isEqualTo(TITLE);
    }

    @Test
    void xlsx() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.xlsx(), "名单.xlsx");

        assertThat(document.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(document.text()).contains("培训", TEXT);
    }

    @Test
    void pdfWithStandardChineseFont() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.pdfWithStandardChineseFont(), "通知.pdf");

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.text()).contains(TEXT);
        assertThat(document.metadata(MetadataName.PAGE_COUNT)).isEqualTo("1");
    }

    /**
     * Needs a font file with Chinese glyphs (CI installs fonts-wqy-zenhei). Without one this
     * case is reported as aborted, not passed; {@link #pdfWithStandardChineseFont()} covers
     * Chinese PDF text on every machine.
     */
    @Test
    void pdfWithEmbeddedChineseFont() throws Exception {
        Optional<Path> font = ChineseDocuments.cjkFontFile();
        assumeTrue(font.isPresent(), "no CJK font collection found: apt-get install fonts-wqy-zenhei"
                + " or pass -Dgongxue.test.cjk-font=/path/to/font.ttc");

        ExtractedDocument document = extract(ChineseDocuments.pdfWithEmbeddedFont(font.get()), "讲义.pdf");

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.text()).contains(TEXT);
        assertThat(document.metadata(MetadataName.TITLE)).isEqualTo(TITLE);
    }

    @Test
    void pdfTextComesPerPage() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.pdfWithStandardChineseFont(PAGE_ONE, "", PAGE_THREE), "讲义.pdf");

        assertThat(document.metadata(MetadataName.PAGE_COUNT)).isEqualTo("3");
        // The empty second page is left out, and still counted.
        assertThat(document.sections()).containsExactly(new Section(1, PAGE_ONE), new Section(3, PAGE_THREE));
        assertThat(document.text()).contains(PAGE_ONE, PAGE_THREE);
        assertThat(document.textOutsideSections()).isBlank();
    }

    @Test
    void pptxTextComesPerSlideWithTheNotesOutside() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.pptx(PAGE_ONE, PAGE_THREE), "课件.pptx");

        assertThat(document.sections()).containsExactly(new Section(1, PAGE_ONE), new Section(2, PAGE_THREE));
        assertThat(document.textOutsideSections()).contains(ChineseDocuments.NOTES).doesNotContain(PAGE_ONE, PAGE_THREE);
        assertThat(document.text()).contains(PAGE_ONE, PAGE_THREE, ChineseDocuments.NOTES);
    }

    @Test
    void xlsxTextComesPerSheet() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.xlsx(PAGE_ONE, PAGE_THREE), "名单.xlsx");

        assertThat(document.sections()).hasSize(2);
        assertThat(document.sections().get(0).number()).isEqualTo(1);
        assertThat(document.sections().get(0).text()).contains(PAGE_ONE);
        assertThat(document.sections().get(1).text()).contains(PAGE_THREE).doesNotContain(PAGE_ONE);
    }

    @Test
    void documentsWithoutPagesHaveNoSectionsAndAllTheirTextOutside() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.docx(), "讲义.docx");

        assertThat(document.sections()).isEmpty();
        assertThat(document.textOutsideSections()).isSameAs(document.text());
    }

    @Test
    void theWriteLimitCountsAllTextOnceAndEndsTheLastSection() throws Exception {
        byte[] pdf = ChineseDocuments.pdfWithStandardChineseFont(PAGE_ONE, PAGE_THREE);
        try (TextExtractor limited = new TextExtractor(settings().writeLimit(PAGE_ONE.length() + 8).poolSize(1).build())) {
            ExtractedDocument document = limited.extract(new ByteArrayInputStream(pdf), "讲义.pdf");

            assertThat(document.truncated()).isTrue();
            assertThat(document.sections()).hasSize(2);
            assertThat(document.sections().get(0).text()).isEqualTo(PAGE_ONE);
            assertThat(PAGE_THREE).startsWith(document.sections().get(1).text());
            assertThat(document.text().length()).isLessThanOrEqualTo(PAGE_ONE.length() + 8);
        }
    }

    @Test
    void html() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.html(), "简介.html");

        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.text()).contains(TEXT).doesNotContain("<p>");
        assertThat(document.metadata(MetadataName.TITLE)).isEqualTo(TITLE);
    }

    @Test
    void utf8Text() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.text(UTF_8), "说明.txt");

        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(document.text()).contains(TEXT);
        assertThat(document.metadata(MetadataName.ENCODING)).isEqualTo("UTF-8");
    }

    @Test
    void gbkTextIsRecognizedByItsFileName() throws Exception {
        ExtractedDocument document = extract(ChineseDocuments.text(Charset.forName("GBK")), "说明.txt");

        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(document.text()).contains(TEXT);
        assertThat(document.metadata(MetadataName.ENCODING)).isIn("GBK", "GB18030");
    }

    @Test
    void textBeyondTheWriteLimitIsCutOffAndMarked() throws Exception {
        try (TextExtractor limited = new TextExtractor(settings().writeLimit(10).poolSize(1).build())) {
            ExtractedDocument document = limited.extract(
                    new ByteArrayInputStream(ChineseDocuments.text(UTF_8)), "说明.txt");

            assertThat(document.truncated()).isTrue();
            assertThat(document.text()).isEqualTo("第一课：长三角生态绿");
        }
    }

    @Test
    void emptyInputGivesEmptyText() throws Exception {
        ExtractedDocument document = extract(new byte[0], "空.txt");

        assertThat(document.mediaType()).isEqualTo("application/x-empty");
        assertThat(document.text()).isEmpty();
        assertThat(document.truncated()).isFalse();
    }

    @Test
    void truncatedDocxIsAClearError() throws Exception {
        byte[] halfADocx = HostileDocuments.truncated(ChineseDocuments.docx());

        assertThatThrownBy(() -> extract(halfADocx, "断.docx"))
                .isInstanceOf(ExtractionException.class)
                .isNotInstanceOf(ExtractionTimeoutException.class)
                .hasMessageStartingWith("Tika could not parse '断.docx'");
        assertThat(extract(ChineseDocuments.docx(), "讲义.docx").text()).contains(TEXT);
    }

    @Test
    void aParseThatNeverEndsIsStoppedAtTheTimeLimit() throws Exception {
        // The limit also covers starting the replacement child for the next document: 2 s was
        // too short for that on a loaded 2-core machine (a full build beside other builds).
        try (TextExtractor impatient = new TextExtractor(
                settings().timeout(Duration.ofSeconds(10)).writeLimit(1_000).poolSize(1).build())) {

            assertThatThrownBy(() -> impatient.extract(HostileDocuments.endlessText(), "无尽.txt"))
                    .isInstanceOf(ExtractionTimeoutException.class)
                    .hasMessageContaining("time limit");

            assertThat(impatient.extract(new ByteArrayInputStream(ChineseDocuments.docx()), "讲义.docx").text())
                    .contains(TEXT);
        }
    }

    @Test
    void aDocumentThatExhaustsTheChildHeapKillsOnlyTheChild() throws Exception {
        try (TextExtractor small = new TextExtractor(settings().childHeap("64m").poolSize(1).build())) {

            assertThatThrownBy(() -> small.extract(HostileDocuments.htmlWithHugeAttribute(300_000_000L), "炸弹.html"))
                    .isInstanceOf(ExtractionException.class)
                    .isNotInstanceOf(ExtractionTimeoutException.class)
                    .hasMessageContaining("parser process died");

            assertThat(small.extract(new ByteArrayInputStream(ChineseDocuments.docx()), "讲义.docx").text())
                    .contains(TEXT);
        }
    }

    @Test
    void aClosedExtractorRefusesWork() {
        TextExtractor closed = new TextExtractor(settings().poolSize(1).build());
        closed.close();

        assertThatThrownBy(() -> closed.extract(new ByteArrayInputStream(ChineseDocuments.html()), "简介.html"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ExtractedDocument extract(byte[] content, String fileName) throws ExtractionException {
        return extractor.extract(new ByteArrayInputStream(content), fileName);
    }

    private static ExtractionSettings.Builder settings() {
        String tikaBin = System.getProperty("gongxue.test.tika-bin");
        assertThat(tikaBin).as("system property gongxue.test.tika-bin (set by search/pom.xml)").isNotNull();
        return ExtractionSettings.builder(Path.of(tikaBin)).timeout(Duration.ofSeconds(60));
    }
}
