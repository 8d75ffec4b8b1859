package org.gongxue.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.search.analysis.AnalysisChains.terms;
import static org.gongxue.search.analysis.AnalysisChains.tokens;

import org.apache.lucene.analysis.Analyzer;
import org.gongxue.search.analysis.AnalysisChains.Token;
import org.junit.jupiter.api.Test;

class ChineseAnalysisTest {

    private final Analyzer words = AnalysisChains.words();
    private final Analyzer bigrams = AnalysisChains.bigrams();

    @Test
    void segmentsTheZonesNameIntoWords() {
        assertThat(terms(words, "长三角生态绿色一体化发展示范区干部教育培训"))
                .containsExactly("长三角", "生态", "绿色", "一体化", "发展", "示范区", "干部", "教育", "培训");
    }

    @Test
    void dropsPunctuation() {
        assertThat(terms(words, "干部培训，环境优化。")).containsExactly("干部", "培训", "环境", "优化");
    }

    @Test
    void bigramsCoverWordsTheDictionaryLacks() {
        // smartcn does not know 营商 and falls back to single characters; the bigram field keeps it.
        assertThat(terms(words, "营商环境")).containsExactly("营", "商", "环境");
        assertThat(terms(bigrams, "营商环境")).containsExactly("营商", "商环", "环境");
    }

    @Test
    void joinsCharactersIntoOverlappingBigrams() {
        assertThat(terms(bigrams, "示范区干部")).containsExactly("示范", "范区", "区干", "干部");
    }

    @Test
    void keepsALoneCharacterAsUnigramAndLatinWordsWhole() {
        assertThat(terms(bigrams, "党 Gongxue")).containsExactly("党", "Gongxue");
    }

    @Test
    void foldsFullWidthLatinBeforeBigrams() {
        assertThat(terms(bigrams, "ＡＢＣ")).containsExactly("ABC");
    }

    @Test
    void foldsTraditionalToSimplifiedBeforeSegmenting() {
        assertThat(terms(words, "長三角生態綠色一體化發展示範區"))
                .containsExactly("长三角", "生态", "绿色", "一体化", "发展", "示范区");
        assertThat(terms(bigrams, "離宮")).containsExactly("离宫");
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() {
        String text = "歡迎：幹部教育培訓";
        for (Token token : tokens(words, text)) {
            assertThat(token.end() - token.start()).isEqualTo(token.term().length());
        }
        assertThat(tokens(words, text)).contains(new Token("教育", 5, 7));
    }

    @Test
    void keepsOffsetsAfterSupplementaryCharacters() {
        // 𠀀 (U+20000) is two chars in UTF-16 and has no simplified form: it must pass unchanged.
        String text = "𠀀教育";
        assertThat(tokens(bigrams, text)).extracting(Token::term).contains("教育");
        assertThat(tokens(bigrams, text)).contains(new Token("教育", 2, 4));
    }
}
