package org.gongxue.library.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DemoFilesTest {

    private static final List<String> SCRIPT = List.of("营商环境优化的核心是减环节。", "办事指南要用群众看得懂的话写。");

    @Test
    void subtitlesGiveEachSentenceItsOwnFourSeconds() {
        String srt = new String(DemoFiles.subtitles(SCRIPT), StandardCharsets.UTF_8);

        assertThat(srt).isEqualTo("""
                1
                00:00:00,000 --> 00:00:04,000
                营商环境优化的核心是减环节。

                2
                00:00:04,000 --> 00:00:08,000
                办事指南要用群众看得懂的话写。

                """);
        assertThat(DemoFiles.lectureLength(SCRIPT)).hasSeconds(8);
    }

    @Test
    void theHandoutIsAWordDocumentWithTheTitlesAndTheScript() throws Exception {
        byte[] docx = DemoFiles.handout("优化营商环境的青浦实践", "第一讲 一网通办", "顾晓岚 主任", SCRIPT);

        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("优化营商环境的青浦实践", "第一讲 一网通办", "顾晓岚 主任",
                    "办事指南要用群众看得懂的话写。");
        }
    }
}
