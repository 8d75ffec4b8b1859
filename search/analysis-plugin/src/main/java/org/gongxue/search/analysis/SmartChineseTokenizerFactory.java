package org.gongxue.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * Splits Chinese text into dictionary words with smartcn's hidden Markov model
 * (长三角生态绿色一体化 → 长三角, 生态, 绿色, 一体化).
 *
 * <p>Exposed as a tokenizer rather than as smartcn's ready-made analyzer because Elasticsearch
 * ignores char filters given to a named analyzer: only a custom analyzer built on this tokenizer
 * can fold traditional characters to simplified before the words are found.
 */
@NamedComponent(SmartChineseTokenizerFactory.NAME)
public class SmartChineseTokenizerFactory implements TokenizerFactory {

    public static final String NAME = "gongxue_smartcn";

    @Override
    public Tokenizer create() {
        return new HMMChineseTokenizer();
    }
}
