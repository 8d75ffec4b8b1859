package org.gongxue.search.index;

import java.util.Set;

/**
 * What a reader asks for: the words typed into the search box, the audiences the reader
 * belongs to, and a page.
 *
 * <p>The text is taken as typed: quotes mark exact phrases, {@code -} excludes a word and
 * {@code |} means or; anything else, however odd, is searched for as words and never fails.
 *
 * @param text      the query; blank lists every visible document
 * @param audiences the reader's audiences; a document is visible when it shares one of them
 * @param page      zero-based page number
 * @param pageSize  hits per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record ContentQuery(String text, Set<String> audiences, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Longer input is cut: no one types more, and every extra word costs query time. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** Elasticsearch's default index.max_result_window: deeper pages are refused by the node. */
    static final int MAX_RESULT_WINDOW = 10_000;

    public ContentQuery {
        text = truncate(text == null ? "" : text.strip());
        audiences = Set.copyOf(audiences);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if ((long) (page + 1) * pageSize > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("only the first " + MAX_RESULT_WINDOW + " hits can be paged through");
        }
    }

    public static ContentQuery firstPage(String text, Set<String> audiences) {
        return new ContentQuery(text, audiences, 0, 10);
    }

    int from() {
        return page * pageSize;
    }

    // Cuts at a code point boundary, so that an emoji or rare character is never split in half.
    private static String truncate(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT_LENGTH));
    }
}
