package org.gongxue.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The two analysis chains the search index builds from this plugin's components, assembled
 * directly in Lucene so that the components are tested without a node.
 */
final class AnalysisChains {

    /** A token and where it lies in the original text. */
    record Token(String term, int start, int end) {}

    private AnalysisChains() {}

    /** t2s → smartcn → smartcn stop: the index's word analyzer. */
    static Analyzer words() {
        return chain(new SmartChineseTokenizerFactory()::create, new SmartChineseStopFilterFactory()::create);
    }

    /** t2s → standard → CJK bigram: the index's bigram analyzer. */
    static Analyzer bigrams() {
        return chain(StandardTokenizer::new, new CjkBigramFilterFactory()::create);
    }

    private static Analyzer chain(
            java.util.function.Supplier<Tokenizer> tokenizer,
            java.util.function.UnaryOperator<TokenStream> filter) {
        TraditionalToSimplifiedCharFilterFactory t2s = new TraditionalToSimplifiedCharFilterFactory();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filter.apply(source));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return t2s.create(reader);
            }
        };
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            List<Token> tokens = new ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
