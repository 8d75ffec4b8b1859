package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reports captured from ffprobe 5.1 (Debian 12) on files made with ffmpeg; see the resources beside this class. */
class FfprobeReportTest {

    @Test
    void aFaststartH264AacMp4IsWebReady() {
        MediaInfo info = parse("h264-aac-faststart.mp4", true);

        assertThat(info.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(info.demuxer()).isEqualTo("mov");
        assertThat(info.brand()).isEqualTo("isom");
        assertThat(info.duration()).contains(Duration.ofSeconds(10));
        assertThat(info.video()).contains(new MediaInfo.VideoStream(0, "h264", 640, 360, "yuv420p", false));
        assertThat(info.audio()).contains(new MediaInfo.AudioStream(1, "aac"));
        assertThat(info.mp4()).isTrue();
        assertThat(info.webCodecs()).isTrue();
        assertThat(info.webReady()).isTrue();
    }

    @Test
    void theSameCodecsWithTheIndexAtTheEndOnlyNeedARemux() {
        MediaInfo info = parse("h264-aac.mp4", false);

        assertThat(info.webCodecs()).isTrue();
        assertThat(info.faststart()).isFalse();
        assertThat(info.webReady()).isFalse();
    }

    @Test
    void quickTimeAndMatroskaWithWebCodecsAreNotMp4() {
        MediaInfo mov = parse("h264-aac.mov", true);
        MediaInfo mkv = parse("h264-aac.mkv", false);

        assertThat(mov.demuxer()).isEqualTo("mov");
        assertThat(mov.brand()).isEqualTo("qt  ");
        assertThat(mov.mp4()).isFalse();
        assertThat(mov.webCodecs()).isTrue();
        assertThat(mov.webReady()).isFalse();
        assertThat(mkv.demuxer()).isEqualTo("matroska");
        assertThat(mkv.brand()).isEmpty();
        assertThat(mkv.webCodecs()).isTrue();
        assertThat(mkv.webReady()).isFalse();
    }

    @Test
    void vp9OpusAndMpeg4Mp3AndTenBitH264NeedEncoding() {
        MediaInfo webm = parse("vp9-opus.webm", false);
        MediaInfo avi = parse("mpeg4-mp3.avi", false);
        MediaInfo tenBit = parse("h264-10bit.mp4", false);

        assertThat(webm.video()).hasValueSatisfying(video -> assertThat(video.codec()).isEqualTo("vp9"));
        assertThat(webm.audio()).contains(new MediaInfo.AudioStream(1, "opus"));
        assertThat(webm.duration()).contains(Duration.ofMillis(3008));
        assertThat(webm.webCodecs()).isFalse();
        assertThat(avi.demuxer()).isEqualTo("avi");
        assertThat(avi.video()).hasValueSatisfying(video -> assertThat(video.codec()).isEqualTo("mpeg4"));
        assertThat(avi.audio()).contains(new MediaInfo.AudioStream(1, "mp3"));
        assertThat(avi.webCodecs()).isFalse();
        assertThat(tenBit.video()).hasValueSatisfying(video -> assertThat(video.pixelFormat()).isEqualTo("yuv420p10le"));
        assertThat(tenBit.webCodecs()).isFalse();
    }

    @Test
    void aCoverPictureIsNotTheVideo() {
        MediaInfo info = parse("cover-art.mp3", false);

        assertThat(info.video()).isEmpty();
        assertThat(info.audio()).contains(new MediaInfo.AudioStream(0, "mp3"));
    }

    @Test
    void interlacedFieldsAreNoticed() {
        MediaInfo info = parse("interlaced.mpg", false);

        assertThat(info.demuxer()).isEqualTo("mpeg");
        assertThat(info.video()).hasValueSatisfying(video -> {
            assertThat(video.codec()).isEqualTo("mpeg2video");
            assertThat(video.interlaced()).isTrue();
        });
    }

    @Test
    void aRawStreamHasNoDurationAndAPictureIsNotAVideoContainer() {
        MediaInfo raw = parse("raw.h264", false);
        MediaInfo still = parse("still.png", false);

        assertThat(raw.duration()).isEmpty();
        assertThat(MediaInfo.VIDEO_DEMUXERS).doesNotContain(raw.demuxer(), still.demuxer());
        assertThat(still.demuxer()).isEqualTo("png_pipe");
    }

    @Test
    void textThatIsNoReportIsRefused() {
        assertThatThrownBy(() -> FfprobeReport.parse("not json", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> FfprobeReport.parse("{\"streams\": []}", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no format");
        assertThatThrownBy(() -> FfprobeReport.parse("", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MediaInfo parse(String file, boolean indexBeforeMedia) {
        try (InputStream json = FfprobeReportTest.class.getResourceAsStream(file + ".json")) {
            return FfprobeReport.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8), indexBeforeMedia);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
