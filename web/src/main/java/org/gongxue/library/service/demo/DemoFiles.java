package org.gongxue.library.service.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the files of a demo lecture from its script: a handout (DOCX) and subtitles (SRT) whose
 * cues follow the generated video second by second, so that a word spoken in the video is found
 * by search and opens the player where it is said.
 */
final class DemoFiles {

    /** How long each sentence of a script is on screen (and in the generated video). */
    static final Duration SENTENCE = Duration.ofSeconds(4);

    private DemoFiles() {
    }

    static Duration lectureLength(List<String> script) {
        return SENTENCE.multipliedBy(script.size());
    }

    static byte[] subtitles(List<String> script) {
        StringBuilder srt = new StringBuilder();
        for (int i = 0; i < script.size(); i++) {
            srt.append(i + 1).append('\n')
                    .append(timestamp(SENTENCE.multipliedBy(i))).append(" --> ")
                    .append(timestamp(SENTENCE.multipliedBy(i + 1L))).append('\n')
                    .append(script.get(i)).append("\n\n");
        }
        return srt.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] handout(String courseTitle, String lectureTitle, String lecturerLine, List<String> script) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, courseTitle, true, 16);
            paragraph(document, lectureTitle, true, 14);
            paragraph(document, lecturerLine, false, 11);
            script.forEach(sentence -> paragraph(document, sentence, false, 12));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, int points) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
    }

    private static String timestamp(Duration at) {
        return String.format("%02d:%02d:%02d,%03d", at.toHours(), at.toMinutesPart(), at.toSecondsPart(),
                at.toMillisPart());
    }
}
