package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index's analyzers, run by the node itself: proves the plugin is installed and wired. */
class ChineseAnalysisIT {

    private static TestNode node;

    @BeforeAll
    static void createIndex() throws IOException {
        node = TestNode.withFreshAlias("it-analysis");
        node.index.ensureCreated();
    }

    @AfterAll
    static void dropIndex() throws IOException {
        node.close();
    }

    @Test
    void wordAnalyzerSegmentsChineseIntoWords() throws IOException {
        assertThat(analyze("gongxue_chinese_words", "长三角生态绿色一体化发展示范区干部教育培训"))
                .containsExactly("长三角", "生态", "绿色", "一体化", "发展", "示范区", "干部", "教育", "培训");
    }

    @Test
    void bigramAnalyzerJoinsCharacterPairs() throws IOException {
        assertThat(analyze("gongxue_chinese_bigrams", "营商环境")).containsExactly("营商", "商环", "环境");
    }

    @Test
    void bothAnalyzersFoldTraditionalCharacters() throws IOException {
        assertThat(analyze("gongxue_chinese_words", "幹部教育培訓")).containsExactly("干部", "教育", "培训");
        assertThat(analyze("gongxue_chinese_bigrams", "離宮")).containsExactly("离宫");
    }

    private static List<String> analyze(String analyzer, String text) throws IOException {
        return node.connection.client().indices()
                .analyze(a -> a.index(node.index.alias()).analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }
}
