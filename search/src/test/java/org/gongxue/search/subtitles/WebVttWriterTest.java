package org.gongxue.search.subtitles;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebVttWriterTest {

    @Test
    void writesAnSrtFileAsWebVtt() throws IOException {
        String srt = "1\r\n00:00:01,000 --> 00:00:04,500\r\n<i>长三角</i>一体化\r\n\r\n"
                + "2\r\n00:01:05,250 --> 00:01:08,000\r\n两区一县\r\n共同开展干部培训\r\n";
        Subtitles subtitles = new SubtitleParser().parse(new ByteArrayInputStream(srt.getBytes(Charset.forName("GBK"))));

        assertThat(write(subtitles.cues())).isEqualTo("""
                WEBVTT

                00:00:01.000 --> 00:00:04.500
                长三角一体化

                00:01:05.250 --> 00:01:08.000
                两区一县
                共同开展干部培训
                """);
    }

    @Test
    void escapesMarkupAndDropsBlankLinesSoTheTextStaysText() throws IOException {
        List<Cue> cues = List.of(new Cue(0, 1_000, "a < b && c --> d\n\n<script>"));

        String vtt = write(cues);

        assertThat(vtt).contains("a &lt; b &amp;&amp; c --&gt; d\n&lt;script&gt;\n").doesNotContain("\n\n&lt;script");
        assertThat(new SubtitleParser().parse(new ByteArrayInputStream(vtt.getBytes(UTF_8))).cues())
                .containsExactly(new Cue(0, 1_000, "a < b && c --> d\n<script>"));
    }

    @Test
    void writesHoursPastNinetyNine() {
        assertThat(WebVttWriter.timestamp(100L * 3_600_000 + 61_001)).isEqualTo("100:01:01.001");
    }

    @Test
    void writesAFileWithoutCuesThatBrowsersAccept() throws IOException {
        assertThat(write(List.of())).isEqualTo("WEBVTT\n");
    }

    private static String write(List<Cue> cues) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebVttWriter.write(cues, out);
        return out.toString(UTF_8);
    }
}
