package org.gongxue.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.platform.upload.SampleFiles.SUBRIP_TEXT;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DetectedTypeTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    @Test
    void anExecutableNamedPdfIsAnExecutableAndNoKindTakesIt() {
        DetectedType type = DetectedType.of(SampleFiles.windowsExecutable(), "讲义.pdf");

        assertThat(type.mediaType()).isEqualTo("application/x-msdownload");
        for (FileKind kind : FileKind.values()) {
            assertThat(kind.allows(type)).as(kind.name()).isFalse();
        }
    }

    @Test
    void documentsAreWhatTheirBytesSay() {
        assertThat(DetectedType.of(SampleFiles.pdf(), "slides.pdf").mediaType()).isEqualTo("application/pdf");
        assertThat(DetectedType.of(SampleFiles.pdf(), "noextension").mediaType()).isEqualTo("application/pdf");
        assertThat(DetectedType.of(SampleFiles.pdf(), null).mediaType()).isEqualTo("application/pdf");
        assertThat(DetectedType.of(SampleFiles.ole2(), "会议纪要.doc").mediaType()).isEqualTo("application/msword");
        assertThat(DetectedType.of(SampleFiles.ole2(), "deck.ppt").mediaType()).isEqualTo("application/vnd.ms-powerpoint");
    }

    @Test
    void theNameRefinesAContainerButCannotContradictIt() {
        byte[] docx = SampleFiles.officeOpenXml("word/document.xml");

        assertThat(DetectedType.of(docx, "讲义.docx").mediaType()).isEqualTo(DOCX);
        assertThat(DetectedType.of(SampleFiles.officeOpenXml("ppt/presentation.xml"), "a.pptx").mediaType())
                .isEqualTo(PPTX);
        // A DOCX named .doc: the detector sees Office Open XML but cannot tell which without its parsers.
        assertThat(DetectedType.of(docx, "讲义.doc").mediaType()).isEqualTo("application/x-tika-ooxml");
        assertThat(DetectedType.of(SampleFiles.ole2(), "讲义.pdf").mediaType())
                .isEqualTo("application/x-tika-msoffice");
    }

    @Test
    void videosAreRecognisedByTheirContainers() {
        assertThat(DetectedType.of(SampleFiles.resource("clip.mp4"), "第一讲.mp4").mediaType()).isEqualTo("video/mp4");
        assertThat(DetectedType.of(SampleFiles.resource("clip.mov"), "第一讲.mov").mediaType())
                .isEqualTo("video/quicktime");
        assertThat(DetectedType.of(SampleFiles.resource("clip.webm"), "a.webm").mediaType()).isEqualTo("video/webm");
        assertThat(DetectedType.of(SampleFiles.resource("clip.mkv"), "a.mkv").mediaType())
                .isEqualTo("video/x-matroska");
        assertThat(DetectedType.of(SampleFiles.resource("clip.mkv"), "no-extension").mediaType())
                .isEqualTo("application/x-matroska");
        for (String clip : new String[] {"clip.mp4", "clip.mov", "clip.webm", "clip.mkv"}) {
            DetectedType unnamed = DetectedType.of(SampleFiles.resource(clip), "recording");
            assertThat(FileKind.VIDEO.allows(unnamed)).as(clip + " as " + unnamed).isTrue();
        }
    }

    @Test
    void imagesAreRecognisedAndOnlyPngJpegAndWebpAreTaken() {
        assertThat(DetectedType.of(SampleFiles.png(), "a.png").mediaType()).isEqualTo("image/png");
        assertThat(DetectedType.of(SampleFiles.jpeg(), "a.jpg").mediaType()).isEqualTo("image/jpeg");
        assertThat(DetectedType.of(SampleFiles.webp(), "a.webp").mediaType()).isEqualTo("image/webp");
        DetectedType gifNamedPng = DetectedType.of(SampleFiles.gif(), "a.png");
        assertThat(gifNamedPng.mediaType()).isEqualTo("image/gif");
        assertThat(FileKind.IMAGE.allows(gifNamedPng)).isFalse();
    }

    @Test
    void subRipIsRecognisedByItsTimingLinesInEveryCommonEncoding() {
        for (byte[] subtitle : new byte[][] {
                SampleFiles.text(SUBRIP_TEXT, StandardCharsets.UTF_8),
                SampleFiles.withUtf8Bom(SUBRIP_TEXT.replace("\n", "\r\n")),
                SampleFiles.text(SUBRIP_TEXT, Charset.forName("GBK")),
                SampleFiles.utf16le(SUBRIP_TEXT)}) {
            assertThat(DetectedType.of(subtitle, "第一讲.srt").mediaType()).isEqualTo(DetectedType.SUBRIP);
            assertThat(DetectedType.of(subtitle, "第一讲.txt").mediaType()).isEqualTo(DetectedType.SUBRIP);
        }
    }

    @Test
    void webVttIsRecognisedByItsSignature() {
        byte[] vtt = SampleFiles.text("WEBVTT\n\n00:01.000 --> 00:04.000\n同志们好\n", StandardCharsets.UTF_8);

        assertThat(DetectedType.of(vtt, "a.vtt").mediaType()).isEqualTo(DetectedType.WEBVTT);
        assertThat(DetectedType.of(vtt, "a.srt").mediaType()).isEqualTo(DetectedType.WEBVTT);
        assertThat(DetectedType.of(SampleFiles.withUtf8Bom("WEBVTT\n"), "a.vtt").mediaType())
                .isEqualTo(DetectedType.WEBVTT);
    }

    @Test
    void textThatOnlyCallsItselfASubtitleIsPlainTextAndNotASubtitle() {
        DetectedType notes = DetectedType.of(SampleFiles.text("这只是一个文本文件。\n", StandardCharsets.UTF_8), "字幕.srt");
        DetectedType fakeVtt = DetectedType.of(SampleFiles.text("hello\n", StandardCharsets.UTF_8), "a.vtt");
        DetectedType html = DetectedType.of(
                SampleFiles.text("<!DOCTYPE html><html><body>00:00:01,000 --> 00:00:02,000</body></html>",
                        StandardCharsets.UTF_8), "a.srt");

        assertThat(notes.mediaType()).isEqualTo("text/plain");
        assertThat(fakeVtt.mediaType()).isEqualTo("text/plain");
        assertThat(html.mediaType()).isEqualTo("text/html");
        assertThat(FileKind.SUBTITLE.allows(notes)).isFalse();
        assertThat(FileKind.SUBTITLE.allows(fakeVtt)).isFalse();
        assertThat(FileKind.SUBTITLE.allows(html)).isFalse();
        assertThat(FileKind.DOCUMENT.allows(notes)).isTrue();
    }

    @Test
    void bytesWithoutASignatureAreOctetStreamWhateverTheNameWhichNoKindTakes() {
        byte[] noise = new byte[4096];
        new Random(4).nextBytes(noise);
        noise[0] = 0x01;

        for (byte[] bytes : new byte[][] {new byte[0], noise}) {
            for (String name : new String[] {"讲义.pdf", "第一讲.mp4", "a.png", "a.docx"}) {
                DetectedType type = DetectedType.of(bytes, name);
                assertThat(type.mediaType()).as(name).isEqualTo("application/octet-stream");
                for (FileKind kind : FileKind.values()) {
                    assertThat(kind.allows(type)).as(kind.name()).isFalse();
                }
            }
        }
    }

    @Test
    void onlyTheFirstBytesAreLookedAt() {
        byte[] pdfThenJunk = SampleFiles.concat(SampleFiles.pdf(), new byte[DetectedType.HEAD_BYTES * 2]);

        assertThat(DetectedType.of(pdfThenJunk, "a.pdf").mediaType()).isEqualTo("application/pdf");
        assertThat(DetectedType.HEAD_BYTES).isEqualTo(64 * 1024);
    }
}
