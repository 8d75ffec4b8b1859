package org.gongxue.search.index;

import java.util.List;
import java.util.Map;

/**
 * One document found, with snippets of the text around the words that matched.
 *
 * @param snippets per field (title, summary, body), HTML-escaped text in which the matching
 *                 words are wrapped in {@code <em>…</em>}; safe to render as HTML
 */
public record ContentHit(String id, String kind, String parentId, String title, double score,
        Map<String, List<String>> snippets) {

    public ContentHit {
        snippets = Map.copyOf(snippets);
    }
}
