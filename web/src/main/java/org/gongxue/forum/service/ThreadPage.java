package org.gongxue.forum.service;

import java.util.List;

/** One page of a space's threads (pinned first, then the most recently active) and how many there are. */
public class ThreadPage {

    private final List<ThreadView> threads;
    private final long total;

    ThreadPage(List<ThreadView> threads, long total) {
        this.threads = List.copyOf(threads);
        this.total = total;
    }

    public List<ThreadView> getThreads() {
        return threads;
    }

    public long getTotal() {
        return total;
    }
}
