package org.gongxue.search.subtitles;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubtitleParserTest {

    private static final String SRT = """
            1
            00:00:01,000 --> 00:00:04,500
            <i>长三角生态绿色一体化</i>发展示范区

            2
            00:00:05,250 --> 00:00:08,000
            {\\an8}两区一县
            共同开展<font color="#ffff00">干部培训</font>

            """;

    private final SubtitleParser parser = new SubtitleParser();

    @Test
    void readsSrtCuesWithTheirTimesAndWithoutMarkup() throws IOException {
        Subtitles subtitles = parse(SRT.getBytes(UTF_8));

        assertThat(subtitles.cues()).containsExactly(
                new Cue(1_000, 4_500, "长三角生态绿色一体化发展示范区"),
                new Cue(5_250, 8_000, "两区一县\n共同开展干部培训"));
        assertThat(subtitles.skippedCues()).isZero();
        assertThat(subtitles.truncated()).isFalse();
        assertThat(subtitles.cues().get(1).startSecond()).isEqualTo(5);
    }

    @Test
    void readsCrlfAndCrLineEndsAndAByteOrderMark() throws IOException {
        Subtitles crlf = parse(withBom(SRT.replace("\n", "\r\n")));
        Subtitles cr = parse(SRT.replace("\n", "\r").getBytes(UTF_8));

        assertThat(crlf.cues()).isEqualTo(parse(SRT.getBytes(UTF_8)).cues());
        assertThat(cr.cues()).isEqualTo(crlf.cues());
    }

    @Test
    void readsGbkFilesAsChineseToolsWriteThem() throws IOException {
        Subtitles subtitles = parse(SRT.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));

        assertThat(subtitles.cues()).extracting(Cue::text)
                .containsExactly("长三角生态绿色一体化发展示范区", "两区一县\n共同开展干部培训");
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws IOException {
        byte[] text = SRT.getBytes(UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);

        assertThat(parse(withBom).cues()).hasSize(2);
    }

    @Test
    void readsWebVttWithHeadersNotesStylesSettingsAndVoices() throws IOException {
        String vtt = """
                WEBVTT - 示范区大课堂
                Kind: captions
                Language: zh-CN

                NOTE 本字幕由讲师上传
                可以有多行

                STYLE
                ::cue { color: yellow }

                intro
                00:01.000 --> 00:03.000 align:start position:10% line:0
                <v 王建国>各位学员<c.yellow>大家好</c></v>

                01:00:00.000 --> 01:00:02.5
                <b>营商&amp;环境</b> &lt;优化&gt;&nbsp;<00:00:01.500>实践
                """;

        Subtitles subtitles = parse(vtt.getBytes(UTF_8));

        assertThat(subtitles.cues()).containsExactly(
                new Cue(1_000, 3_000, "各位学员大家好"),
                new Cue(3_600_000, 3_602_500, "营商&环境 <优化> 实践"));
        assertThat(subtitles.skippedCues()).isZero();
    }

    @Test
    void readsSrtWhoseBlankLinesBetweenCuesAreMissing() throws IOException {
        String srt = """
                1
                00:00:01,000 --> 00:00:02,000
                第一句
                2
                00:00:03,000 --> 00:00:04,000
                第二句
                3
                00:00:05,000 --> 00:00:06,000
                第三句
                """;

        assertThat(parse(srt.getBytes(UTF_8)).cues()).extracting(Cue::text).containsExactly("第一句", "第二句", "第三句");
    }

    @Test
    void skipsAndCountsBrokenCuesAndKeepsTheRest() throws IOException {
        String srt = """
                1
                00:00:01,000 --> 00:00:02,000
                好的一句

                2
                00:00:0x,000 --> 00:00:04,000
                时间坏了

                3
                00:00:09,000 --> 00:00:05,000
                结束早于开始

                4
                00:00:10,000 --> 00:00:11,000
                <i></i>

                5
                00:00:12,000 --> 00:00:13,000

                这不是字幕

                6
                00:01:75,000 --> 00:01:76,000
                秒数超过五十九

                7
                00:00:20,000 --> 00:00:21,000
                又一句好的
                """;

        Subtitles subtitles = parse(srt.getBytes(UTF_8));

        assertThat(subtitles.cues()).extracting(Cue::text).containsExactly("好的一句", "又一句好的");
        assertThat(subtitles.skippedCues()).isEqualTo(6);
    }

    @Test
    void ordersCuesByStartKeepingTheFileOrderOfEqualStarts() throws IOException {
        String srt = """
                00:00:05,000 --> 00:00:06,000
                后

                00:00:01,000 --> 00:00:02,000
                先

                00:00:01,000 --> 00:00:03,000
                同时
                """;

        assertThat(parse(srt.getBytes(UTF_8)).cues()).extracting(Cue::text).containsExactly("先", "同时", "后");
    }

    @Test
    void keepsTheCuesWithinTheByteLimitWithoutCuttingACharacter() throws IOException {
        byte[] srt = SRT.getBytes(UTF_8);
        // The limit falls inside the second cue's text, in the middle of a Chinese character.
        int limit = SRT.substring(0, SRT.indexOf("共同")).getBytes(UTF_8).length + 1;

        Subtitles subtitles = new SubtitleParser(limit, 100).parse(new ByteArrayInputStream(srt));

        assertThat(subtitles.truncated()).isTrue();
        assertThat(subtitles.cues()).extracting(Cue::text)
                .containsExactly("长三角生态绿色一体化发展示范区", "两区一县");
    }

    @Test
    void stopsAtTheCueLimitAndSaysSoOnlyWhenThereWasMore() throws IOException {
        Subtitles exactly = new SubtitleParser(1_000_000, 2).parse(new ByteArrayInputStream(SRT.getBytes(UTF_8)));
        Subtitles more = new SubtitleParser(1_000_000, 1).parse(new ByteArrayInputStream(SRT.getBytes(UTF_8)));

        assertThat(exactly.cues()).hasSize(2);
        assertThat(exactly.truncated()).isFalse();
        assertThat(more.cues()).extracting(Cue::text).containsExactly("长三角生态绿色一体化发展示范区");
        assertThat(more.truncated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "WEBVTT", "WEBVTT\n\n", "\n\n\n", "-->", "1\n-->\n", "00:00:01,000 -->",
            "00:00:01,000 --> 00:00:02,000", "{\\an8}", "<i>", "&#99999999;", "&#x110000;", "\u0000\u0001",
            "00:00:01,000 --> 99999:59:59,999\n文字", "😀\n00:00:01.000 --> 00:00:02.000\n😀🎉"})
    void neverThrowsOnOddInput(String text) {
        assertThatCode(() -> parse(text.getBytes(UTF_8))).doesNotThrowAnyException();
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(4);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(2_000)];
            random.nextBytes(bytes);
            assertThatCode(() -> parse(bytes)).doesNotThrowAnyException();
        }
    }

    @Test
    void findsNoCuesInSomethingThatIsNoSubtitleFile() throws IOException {
        Subtitles subtitles = parse("<html><body>不是字幕</body></html>".getBytes(UTF_8));

        assertThat(subtitles.isEmpty()).isTrue();
        assertThat(subtitles.skippedCues()).isEqualTo(1);
    }

    private Subtitles parse(byte[] bytes) throws IOException {
        return parser.parse(new ByteArrayInputStream(bytes));
    }

    private static byte[] withBom(String text) {
        return ("\uFEFF" + text).getBytes(UTF_8);
    }
}
