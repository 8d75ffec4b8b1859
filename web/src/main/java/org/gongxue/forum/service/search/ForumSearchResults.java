package org.gongxue.forum.service.search;

import java.util.List;
import java.util.Map;

/** A page of threads found in the forum, how many there are, and how many in each kind of space. */
public class ForumSearchResults {

    private final String text;
    private final long threadCount;
    private final int page;
    private final int pageCount;
    private final List<ForumHit> hits;
    private final Map<String, Long> spaceKindCounts;

    ForumSearchResults(String text, long threadCount, int page, int pageSize, List<ForumHit> hits,
                       Map<String, Long> spaceKindCounts) {
        this.text = text;
        this.threadCount = threadCount;
        this.page = page;
        this.pageCount = (int) Math.min(ForumSearch.LAST_PAGE + 1, Math.max(1, (threadCount + pageSize - 1) / pageSize));
        this.hits = List.copyOf(hits);
        this.spaceKindCounts = Map.copyOf(spaceKindCounts);
    }

    public String getText() {
        return text;
    }

    public long getThreadCount() {
        return threadCount;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    public List<ForumHit> getHits() {
        return hits;
    }

    /** Threads found per kind of space ({@link org.gongxue.forum.model.SpaceKind} names). */
    public Map<String, Long> getSpaceKindCounts() {
        return spaceKindCounts;
    }
}
