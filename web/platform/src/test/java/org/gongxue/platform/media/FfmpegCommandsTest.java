package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FfmpegCommandsTest {

    private static final Path IN = Path.of("/tmp/gongxue-media/in.bin");
    private static final Path OUT = Path.of("/tmp/gongxue-media/out.bin");

    private final FfmpegCommands commands = new FfmpegCommands(Path.of("/usr/bin/ffmpeg"), Path.of("/usr/bin/ffprobe"),
            MediaSettings.builder().threads(2).maxHeight(720).posterSecond(10).posterWidth(640).build());

    @Test
    void probeAsksForJsonThroughTheFileProtocolOnly() {
        assertThat(commands.probe(IN)).containsExactly("/usr/bin/ffprobe", "-v", "error",
                "-protocol_whitelist", "file", "-print_format", "json", "-show_format", "-show_streams",
                "file:/tmp/gongxue-media/in.bin");
    }

    @Test
    void relativePathsAreMadeAbsoluteSoThatNoneCanPassForAnOption() {
        assertThat(commands.probe(Path.of("-i.mp4")))
                .last().isEqualTo("file:" + Path.of("-i.mp4").toAbsolutePath());
    }

    @Test
    void remuxCopiesTheChosenStreamsIntoAFaststartMp4() {
        List<String> command = commands.remux(IN, info("mov", video(0, "h264", false), audio(1, "aac")), OUT);

        assertThat(command).startsWith("/usr/bin/ffmpeg", "-nostdin", "-hide_banner", "-v", "error", "-y");
        assertThat(String.join(" ", command)).contains(
                "-fflags +genpts -protocol_whitelist file -f mov -i file:/tmp/gongxue-media/in.bin",
                "-map 0:0 -map 0:1 -c copy",
                "-movflags +faststart -f mp4 file:/tmp/gongxue-media/out.bin");
        assertThat(command).doesNotContain("libx264");
    }

    @Test
    void transcodeEncodesH264AndAacWithinTheMaximumHeight() {
        List<String> command = commands.transcode(IN, info("matroska", video(0, "vp9", false), audio(1, "opus")), OUT);

        String line = String.join(" ", command);
        assertThat(line).contains(
                "-protocol_whitelist file -f matroska -i file:/tmp/gongxue-media/in.bin",
                "-map 0:0 -map 0:1",
                "-c:v libx264 -preset veryfast -crf 23 -profile:v high -maxrate 3M -bufsize 6M -threads 2",
                "-c:a aac -b:a 128k -ac 2",
                "-movflags +faststart -f mp4 file:/tmp/gongxue-media/out.bin");
        assertThat(command).contains("scale=w=-2:h=min(720\\,trunc(ih/2)*2),format=yuv420p");
    }

    @Test
    void transcodeCopiesAacDeinterlacesAndMapsNoMissingSound() {
        List<String> withAac = commands.transcode(IN, info("avi", video(1, "mpeg4", true), audio(0, "aac")), OUT);
        List<String> silent = commands.transcode(IN, info("avi", video(0, "mpeg4", false), Optional.empty()), OUT);

        assertThat(String.join(" ", withAac)).contains("-map 0:1 -map 0:0", "-c:a copy");
        assertThat(withAac).anyMatch(argument -> argument.startsWith("yadif,scale="));
        assertThat(String.join(" ", silent)).contains("-map 0:0 -vf").doesNotContain("-c:a", "yadif");
    }

    @Test
    void posterSeeksBeforeReadingAndScalesToTheWidth() {
        MediaInfo info = info("mov", video(2, "h264", false), Optional.empty());

        List<String> command = commands.poster(IN, info, Duration.ofMillis(3_333), OUT);

        assertThat(String.join(" ", command)).contains(
                "-ss 3.333 -protocol_whitelist file -f mov -i file:/tmp/gongxue-media/in.bin -map 0:2 -frames:v 1",
                "-vf scale=w=min(640\\,iw):h=-2",
                "-c:v mjpeg -q:v 3 -f image2 -update 1 file:/tmp/gongxue-media/out.bin");
    }

    @Test
    void thePosterIsAtTheConfiguredSecondOrAThirdIntoAShortVideo() {
        assertThat(commands.posterTime(withDuration(Duration.ofMinutes(45)))).isEqualTo(Duration.ofSeconds(10));
        assertThat(commands.posterTime(withDuration(Duration.ofSeconds(12)))).isEqualTo(Duration.ofSeconds(4));
        assertThat(commands.posterTime(new MediaInfo("h264", "", Optional.empty(), video(0, "h264", false),
                Optional.empty(), false))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aLectureWithAFontDrawsItsEscapedTitleAndAClock() {
        List<String> command = commands.lecture(OUT, Duration.ofSeconds(12), List.of("数字化改革: 基层治理", "第一讲"),
                Optional.of(Path.of("/fonts/wqy.ttc")));

        String line = String.join(" ", command);
        assertThat(line).contains("-f lavfi -i color=c=0x7a1f1f:s=1280x720:r=10",
                "-f lavfi -i anullsrc=channel_layout=stereo:sample_rate=44100", "-t 12.000 -map 0:v -map 1:a",
                "-c:a aac -b:a 64k -movflags +faststart -f mp4 file:/tmp/gongxue-media/out.bin");
        assertThat(command).contains("drawtext=fontfile=/fonts/wqy.ttc:expansion=none:text=数字化改革\\\\: 基层治理\n第一讲"
                + ":fontcolor=white:fontsize=44:line_spacing=20:x=(w-text_w)/2:y=(h-text_h)/2,"
                + "drawtext=fontfile=/fonts/wqy.ttc:text=%{pts\\\\:gmtime\\\\:0\\\\:%M\\\\\\\\\\\\:%S}"
                + ":fontcolor=white@0.8:fontsize=28:x=w-text_w-32:y=h-text_h-32");
    }

    @Test
    void aLectureWithoutAFontShowsTheTestPictureAndDrawsNothing() {
        List<String> command = commands.lecture(OUT, Duration.ofSeconds(5), List.of("标题"), Optional.empty());

        assertThat(command).contains("testsrc=s=1280x720:r=10").doesNotContain("-vf");
    }

    @Test
    void filterValuesAreEscapedForTheOptionAndTheGraphParser() {
        assertThat(FfmpegCommands.filterValue("plain/path.ttc")).isEqualTo("plain/path.ttc");
        assertThat(FfmpegCommands.filterValue("a:b")).isEqualTo("a\\\\:b");
        assertThat(FfmpegCommands.filterValue("it's")).isEqualTo("it\\\\\\'s");
        assertThat(FfmpegCommands.filterValue("a,b;c[d]")).isEqualTo("a\\,b\\;c\\[d\\]");
        assertThat(FfmpegCommands.filterValue("C:\\Fonts")).isEqualTo("C\\\\:\\\\\\\\Fonts");
    }

    private static MediaInfo info(String container, Optional<MediaInfo.VideoStream> video,
                                  Optional<MediaInfo.AudioStream> audio) {
        return new MediaInfo(container, "", Optional.of(Duration.ofMinutes(1)), video, audio, false);
    }

    private static MediaInfo withDuration(Duration duration) {
        return new MediaInfo("mov", "isom", Optional.of(duration), video(0, "h264", false), Optional.empty(), true);
    }

    private static Optional<MediaInfo.VideoStream> video(int index, String codec, boolean interlaced) {
        return Optional.of(new MediaInfo.VideoStream(index, codec, 1920, 1080, "yuv420p", interlaced));
    }

    private static Optional<MediaInfo.AudioStream> audio(int index, String codec) {
        return Optional.of(new MediaInfo.AudioStream(index, codec));
    }
}
