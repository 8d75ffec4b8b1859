package org.gongxue.search.index;

import java.util.List;
import java.util.Map;

/**
 * One document found, with snippets of the text around the words that matched, and where in
 * it they are: the cues (the second to jump to) and the sections (the page or slide to name).
 *
 * @param snippets  per field (title, summary, body), HTML-escaped text in which the matching
 *                  words are wrapped in {@code <em>…</em>}; safe to render as HTML
 * @param sameGroup when the search was grouped by parent: the group's next best matches (at most
 *                  {@value ParentGrouping#MORE_HITS_PER_GROUP}); otherwise empty
 * @param cues      the cues that hold the words best, best first (at most
 *                  {@value MatchLocations#PER_HIT}); empty when no cue matched or the search had
 *                  no words
 * @param sections  the pages, slides or sheets that hold the words best, best first (at most
 *                  {@value MatchLocations#PER_HIT})
 */
public record ContentHit(String id, String kind, String parentId, String title, double score,
        Map<String, List<String>> snippets, List<ContentHit> sameGroup, List<CueMatch> cues,
        List<SectionMatch> sections) {

    public ContentHit {
        snippets = Map.copyOf(snippets);
        sameGroup = sameGroup == null ? List.of() : List.copyOf(sameGroup);
        cues = cues == null ? List.of() : List.copyOf(cues);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The group this hit stands for: its parent, or itself when it has none. */
    public String groupId() {
        return parentId == null ? id : parentId;
    }
}
