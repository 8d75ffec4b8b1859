package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.gongxue.platform.media.MediaException.Reason;
import org.gongxue.platform.media.WebReadyVideo.Conversion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The video processor with the real ffmpeg, on clips that ffmpeg makes here. Where ffmpeg is not
 * installed these tests are skipped — unless {@code gongxue.media-tests} is {@code required}
 * (CI sets it), in which case they fail, so that CI never passes by skipping them.
 */
class VideoProcessorIT {

    private static final String LAVFI_PICTURE = "testsrc=s=640x360:r=25";
    private static final String LAVFI_SOUND = "sine=frequency=440:sample_rate=44100";

    @TempDir
    static Path directory;

    private static VideoProcessor processor;
    private static ToolRunner clipMaker;
    private static String ffmpeg;

    @BeforeAll
    static void start() {
        processor = VideoProcessor.start(MediaSettings.builder().build());
        clipMaker = new ToolRunner();
        ffmpeg = MediaTools.onPath("ffmpeg", System.getenv("PATH")).map(Path::toString).orElse("ffmpeg");
    }

    /** Per test rather than per class, so that each skipped test shows the reason. */
    @BeforeEach
    void requireTools() {
        processor.tools().problem().ifPresent(missing -> {
            if ("required".equals(System.getProperty("gongxue.media-tests"))) {
                Assertions.fail(missing + ", and gongxue.media-tests=required");
            }
            Assumptions.abort(missing + "; skipping (set gongxue.media-tests=required to fail instead)");
        });
    }

    @AfterAll
    static void stop() {
        processor.close();
        clipMaker.close();
    }

    @Test
    void aGeneratedLectureIsASmallWebReadyMp4() throws Exception {
        Path clip = directory.resolve("lecture.mp4");

        MediaInfo info = processor.generateLecture(clip, Duration.ofSeconds(12), "数字化改革与基层治理\n第一讲 · 青浦区委党校");

        assertThat(info.webReady()).as(info.toString()).isTrue();
        assertThat(info.duration().orElseThrow().toMillis()).isCloseTo(12_000L, within(100L));
        assertThat(info.video()).hasValueSatisfying(video -> {
            assertThat(video.codec()).isEqualTo("h264");
            assertThat(video.width()).isEqualTo(1280);
            assertThat(video.height()).isEqualTo(720);
        });
        assertThat(info.audio()).hasValueSatisfying(audio -> assertThat(audio.codec()).isEqualTo("aac"));
        assertThat(Files.size(clip)).isLessThan(150_000);
    }

    @Test
    void titlesWithCharactersThatFfmpegReadsAsSyntaxAreDrawnAsText() throws Exception {
        MediaInfo info = processor.generateLecture(directory.resolve("odd-title.mp4"), Duration.ofSeconds(2),
                "it's 100%: [营商环境], 优化; C:\\路径 %{pts}");

        assertThat(info.webReady()).isTrue();
    }

    @Test
    void withoutAChineseFontTheClipShowsTheTestPicture() throws Exception {
        MediaSettings noFont = MediaSettings.builder().titleFont(directory.resolve("no-such-font.ttc")).build();
        try (VideoProcessor plain = VideoProcessor.start(noFont)) {
            assertThat(plain.tools().titleFont()).isEmpty();

            MediaInfo info = plain.generateLecture(directory.resolve("plain.mp4"), Duration.ofSeconds(3), "标题");

            assertThat(info.webReady()).isTrue();
        }
    }

    @Test
    void thePosterIsAJpegAtMostThePosterWidth() throws Exception {
        Path clip = directory.resolve("for-poster.mp4");
        processor.generateLecture(clip, Duration.ofSeconds(6), "海报");
        Path jpeg = directory.resolve("poster.jpg");

        processor.poster(clip, jpeg);

        BufferedImage image = ImageIO.read(jpeg.toFile());
        assertThat(image).as("a JPEG that ImageIO reads").isNotNull();
        assertThat(image.getWidth()).isEqualTo(MediaSettings.DEFAULT_POSTER_WIDTH);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void vp9AndOpusInWebmAreEncodedAsH264AndAac() throws Exception {
        Path webm = clip("vp9.webm", "-c:v", "libvpx-vp9", "-deadline", "realtime", "-c:a", "libopus");
        Path out = directory.resolve("vp9-web.mp4");

        WebReadyVideo made = processor.makeWebReady(webm, out);

        assertThat(made.conversion()).isEqualTo(Conversion.TRANSCODED);
        assertWebReady(out, 640, 360);
    }

    @Test
    void mpeg4PartTwoInAviIsEncodedWithinTheMaximumHeight() throws Exception {
        Path avi = clip("mpeg4.avi", "-c:v", "mpeg4", "-c:a", "libmp3lame");
        Path out = directory.resolve("mpeg4-web.mp4");
        try (VideoProcessor lowHeight = VideoProcessor.start(MediaSettings.builder().maxHeight(240).build())) {

            WebReadyVideo made = lowHeight.makeWebReady(avi, out);

            assertThat(made.conversion()).isEqualTo(Conversion.TRANSCODED);
        }
        assertWebReady(out, 426, 240);
    }

    @Test
    void h264AndAacWithTheIndexAtTheEndAreOnlyCopiedIntoAFaststartMp4() throws Exception {
        Path late = clip("index-at-end.mp4", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac");
        MediaInfo before = processor.probe(late);
        assertThat(before.webCodecs()).isTrue();
        assertThat(before.faststart()).isFalse();
        assertThat(before.webReady()).isFalse();
        Path out = directory.resolve("index-first.mp4");

        WebReadyVideo made = processor.makeWebReady(late, out);

        assertThat(made.conversion()).isEqualTo(Conversion.REMUXED);
        assertThat(made.result().faststart()).isTrue();
        assertWebReady(out, 640, 360);
        // Copied, not encoded again: the same bytes of picture and sound, in a new box layout.
        assertThat(Files.size(out)).isCloseTo(Files.size(late), within(Files.size(late) / 50));
    }

    @Test
    void h264AndAacInMatroskaAreOnlyCopied() throws Exception {
        Path mkv = clip("h264.mkv", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac");

        WebReadyVideo made = processor.makeWebReady(mkv, directory.resolve("mkv-web.mp4"));

        assertThat(made.conversion()).isEqualTo(Conversion.REMUXED);
        assertThat(made.result().webReady()).isTrue();
    }

    @Test
    void tenBitH264AndInterlacedMpeg2AreEncodedToProgressiveEightBit() throws Exception {
        Path tenBit = clip("ten-bit.mp4", "-c:v", "libx264", "-pix_fmt", "yuv420p10le", "-c:a", "aac");
        Path interlaced = clip("interlaced.mpg", "-c:v", "mpeg2video", "-flags", "+ildct+ilme", "-top", "1",
                "-c:a", "mp2");
        assertThat(processor.probe(interlaced).video().orElseThrow().interlaced()).isTrue();

        assertThat(processor.makeWebReady(tenBit, directory.resolve("ten-bit-web.mp4")).conversion())
                .isEqualTo(Conversion.TRANSCODED);
        WebReadyVideo deinterlaced = processor.makeWebReady(interlaced, directory.resolve("interlaced-web.mp4"));

        assertThat(deinterlaced.result().video().orElseThrow().interlaced()).isFalse();
        assertWebReady(directory.resolve("ten-bit-web.mp4"), 640, 360);
    }

    @Test
    void bytesThatAreNoVideoAreRefusedWithAReasonAndLeaveNoOutput() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(4).nextBytes(noise);
        Path corrupt = Files.write(directory.resolve("corrupt.mp4"), noise);
        Path out = directory.resolve("corrupt-web.mp4");

        assertThatThrownBy(() -> processor.makeWebReady(corrupt, out))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).startsWith("The file is not a video ffmpeg can read (")
                            .endsWith("Export the video again, preferably as MP4 (H.264/AAC), and upload that.")
                            .doesNotContain(directory.toString());
                    assertThat(e.toolOutput()).isNotEmpty();
                });
        assertThat(out).doesNotExist();
    }

    @Test
    void anMp4CutOffBeforeItsIndexIsUnreadable() throws Exception {
        Path whole = clip("whole.mp4", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(directory.resolve("cut.mp4"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> processor.poster(cut, directory.resolve("cut.jpg")))
                .isInstanceOfSatisfying(MediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).isEqualTo("The file is not a video ffmpeg can read (Invalid data found "
                            + "when processing input). Export the video again, preferably as MP4 (H.264/AAC), and "
                            + "upload that.");
                    assertThat(e.toolOutput()).anyMatch(line -> line.contains("moov atom not found"));
                });
        assertThat(directory.resolve("cut.jpg")).doesNotExist();
    }

    @Test
    void soundOnlyHasNoVideoAndAPictureIsNotAVideo() throws Exception {
        Path mp3 = make("sound.mp3", "-f", "lavfi", "-i", LAVFI_SOUND, "-t", "2", "-c:a", "libmp3lame");
        Path png = make("still.png", "-f", "lavfi", "-i", LAVFI_PICTURE, "-frames:v", "1");

        assertThatThrownBy(() -> processor.probe(mp3)).isInstanceOfSatisfying(MediaException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NO_VIDEO);
            assertThat(e.getMessage()).isEqualTo("The file has no picture (sound only); upload a video.");
        });
        assertThatThrownBy(() -> processor.probe(png)).isInstanceOfSatisfying(MediaException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
            assertThat(e.getMessage()).contains("ffmpeg reads it as 'png_pipe'");
        });
    }

    @Test
    void workPastTheTimeLimitIsStoppedAndLeavesNothingBehind() throws Exception {
        Path out = directory.resolve("too-long.mp4");
        MediaSettings oneSecond = MediaSettings.builder().convertTimeout(Duration.ofSeconds(1)).build();
        try (VideoProcessor impatient = VideoProcessor.start(oneSecond)) {

            assertThatThrownBy(() -> impatient.generateLecture(out, Duration.ofHours(1), "一小时"))
                    .isInstanceOfSatisfying(MediaException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT);
                        assertThat(e.getMessage()).startsWith("ffmpeg did not generate the clip within 1 s");
                    });
        }
        assertThat(out).doesNotExist();
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .map(child -> child.info().command().orElse(""))).noneMatch(command -> command.contains("ffmpeg"));
    }

    private static void assertWebReady(Path file, int width, int height) throws MediaException {
        MediaInfo info = processor.probe(file);
        assertThat(info.webReady()).as(info.toString()).isTrue();
        assertThat(info.duration().orElseThrow().toMillis()).isCloseTo(3_000L, within(100L));
        assertThat(info.video()).hasValueSatisfying(video -> {
            assertThat(video.codec()).isEqualTo("h264");
            assertThat(video.pixelFormat()).isEqualTo("yuv420p");
            assertThat(video.width()).isEqualTo(width);
            assertThat(video.height()).isEqualTo(height);
        });
        assertThat(info.audio()).hasValueSatisfying(audio -> assertThat(audio.codec()).isEqualTo("aac"));
    }

    /** A three-second 640×360 test picture with a tone, encoded as the arguments say. */
    private static Path clip(String name, String... encoding) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-f", "lavfi", "-i", LAVFI_PICTURE, "-f", "lavfi", "-i",
                LAVFI_SOUND, "-t", "3"));
        arguments.addAll(List.of(encoding));
        return make(name, arguments.toArray(String[]::new));
    }

    private static Path make(String name, String... arguments) throws Exception {
        Path file = directory.resolve(name);
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(arguments));
        command.add(file.toString());
        ToolResult result = clipMaker.run(command, Duration.ofMinutes(2));
        assertThat(result.succeeded()).as("%s: %s", command, result.stderrTail()).isTrue();
        return file;
    }
}
