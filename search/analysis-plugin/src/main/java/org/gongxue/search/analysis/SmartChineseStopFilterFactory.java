package org.gongxue.search.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Drops the punctuation tokens smartcn emits as words of their own, using smartcn's own stop
 * set, so that "，" or "。" neither fill the index nor match every document.
 */
@NamedComponent(SmartChineseStopFilterFactory.NAME)
public class SmartChineseStopFilterFactory implements TokenFilterFactory {

    public static final String NAME = "gongxue_smartcn_stop";

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, SmartChineseAnalyzer.getDefaultStopSet());
    }
}
