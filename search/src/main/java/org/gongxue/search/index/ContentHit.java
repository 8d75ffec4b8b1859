package org.gongxue.search.index;

import java.util.List;
import java.util.Map;

/**
 * One document found, with snippets of the text around the words that matched.
 *
 * @param snippets per field (title, summary, body), HTML-escaped text in which the matching
 *                 words are wrapped in {@code <em>…</em>}; safe to render as HTML
 * @param sameGroup when the search was grouped by parent: the group's next best matches (at most
 *                  {@value ParentGrouping#MORE_HITS_PER_GROUP}); otherwise empty
 */
public record ContentHit(String id, String kind, String parentId, String title, double score,
        Map<String, List<String>> snippets, List<ContentHit> sameGroup) {

    public ContentHit {
        snippets = Map.copyOf(snippets);
        sameGroup = sameGroup == null ? List.of() : List.copyOf(sameGroup);
    }

    /** A hit of an ungrouped search. */
    public ContentHit(String id, String kind, String parentId, String title, double score,
            Map<String, List<String>> snippets) {
        this(id, kind, parentId, title, score, snippets, List.of());
    }

    /** The group this hit stands for: its parent, or itself when it has none. */
    public String groupId() {
        return parentId == null ? id : parentId;
    }
}
