package org.gongxue.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Replaces every Han character by its simplified form, one character at a time, and records
 * an offset correction wherever a replacement changes the length, so that highlights still
 * point into the original text.
 *
 * <p>Character by character on purpose: ICU's Traditional-Simplified transform maps characters,
 * not vocabulary (軟體 becomes 软体, not 软件), so nothing is lost, and offsets stay exact.
 * The input is read whole on the first read; Elasticsearch holds a field's text in memory anyway.
 */
final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

    private final Transliterator transliterator;
    private String folded;
    private int position;

    TraditionalToSimplifiedCharFilter(Reader input, Transliterator transliterator) {
        super(input);
        this.transliterator = transliterator;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = fold(readAll());
        }
        if (position >= folded.length()) {
            return -1;
        }
        int count = Math.min(length, folded.length() - position);
        folded.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int read; (read = input.read(chunk)) != -1; ) {
            text.append(chunk, 0, read);
        }
        return text.toString();
    }

    private String fold(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int lengthDifference = 0;
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int width = Character.charCount(codePoint);
            String source = original.substring(i, i + width);
            String replacement = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                    ? transliterator.transliterate(source)
                    : source;
            out.append(replacement);
            if (replacement.length() != width) {
                lengthDifference += width - replacement.length();
                addOffCorrectMap(out.length(), lengthDifference);
            }
            i += width;
        }
        return out.toString();
    }
}
