package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleLinesTest {

    @Test
    void aShortTitleIsOneLineAndNoTitleNone() {
        assertThat(TitleLines.wrap("  数字化改革与基层治理 ")).containsExactly("数字化改革与基层治理");
        assertThat(TitleLines.wrap(null)).isEmpty();
        assertThat(TitleLines.wrap("  \n ")).isEmpty();
    }

    @Test
    void chineseBreaksAfterTwentyFiveCharacters() {
        String title = "习近平新时代中国特色社会主义思想在长三角生态绿色一体化发展示范区的生动实践";

        List<String> lines = TitleLines.wrap(title);

        assertThat(lines).containsExactly("习近平新时代中国特色社会主义思想在长三角生态绿色一", "体化发展示范区的生动实践");
        assertThat(String.join("", lines)).isEqualTo(title);
    }

    @Test
    void latinWordsAreKeptWhole() {
        List<String> lines = TitleLines.wrap("Integrated development of the Yangtze River Delta: green ecology first");

        assertThat(lines).containsExactly("Integrated development of the Yangtze River Delta:", "green ecology first");
    }

    @Test
    void lineBreaksInTheTitleAreKept() {
        assertThat(TitleLines.wrap("营商环境优化\n第三讲 · 嘉善县委党校")).containsExactly("营商环境优化", "第三讲 · 嘉善县委党校");
    }

    @Test
    void moreThanFourLinesEndInAnEllipsis() {
        List<String> lines = TitleLines.wrap("一\n二\n三\n四五\n六");

        assertThat(lines).containsExactly("一", "二", "三", "四…");
    }
}
