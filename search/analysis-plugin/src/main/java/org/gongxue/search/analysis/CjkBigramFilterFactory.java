package org.gongxue.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Joins the single CJK characters of the standard tokenizer into overlapping bigrams
 * (示范区 → 示范, 范区). Bigrams find what the word segmenter splits differently at index and
 * query time, and names it does not know; the width filter first folds full-width Latin and
 * half-width katakana so that both spellings index alike.
 *
 * <p>Place it right after the {@code standard} tokenizer: the bigram filter recognises CJK
 * tokens by the token types that tokenizer assigns.
 */
@NamedComponent(CjkBigramFilterFactory.NAME)
public class CjkBigramFilterFactory implements TokenFilterFactory {

    public static final String NAME = "gongxue_cjk_bigram";

    @Override
    public TokenStream create(TokenStream input) {
        return new CJKBigramFilter(new CJKWidthFilter(input));
    }
}
