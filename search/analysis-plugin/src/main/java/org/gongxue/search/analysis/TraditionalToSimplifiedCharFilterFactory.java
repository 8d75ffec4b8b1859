package org.gongxue.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.Reader;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * Folds traditional Chinese characters to simplified ones before tokenization, so that a
 * simplified query finds traditional text and the other way round. smartcn's dictionary is
 * simplified only: without this fold it cuts traditional text into single characters.
 */
@NamedComponent(TraditionalToSimplifiedCharFilterFactory.NAME)
public class TraditionalToSimplifiedCharFilterFactory implements CharFilterFactory {

    public static final String NAME = "gongxue_t2s";

    // Compiling ICU's rules takes milliseconds; transliterate(String) keeps no state, so one
    // instance serves every stream (Lucene's ICUTransformFilterFactory shares it the same way).
    private final Transliterator traditionalToSimplified = Transliterator.getInstance("Traditional-Simplified");

    @Override
    public Reader create(Reader reader) {
        return new TraditionalToSimplifiedCharFilter(reader, traditionalToSimplified);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
