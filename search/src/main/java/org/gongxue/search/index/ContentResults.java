package org.gongxue.search.index;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total how many visible documents match in all, not only on this page
 */
public record ContentResults(long total, List<ContentHit> hits) {

    public ContentResults {
        hits = List.copyOf(hits);
    }
}
