package org.gongxue.forum.service;

import java.util.List;

/** One page of a thread: the thread, the page's posts in order, which page and how many there are. */
public class PostPage {

    private final ThreadView thread;
    private final List<PostView> posts;
    private final int page;
    private final int pageCount;

    PostPage(ThreadView thread, List<PostView> posts, int page, int pageCount) {
        this.thread = thread;
        this.posts = List.copyOf(posts);
        this.page = page;
        this.pageCount = pageCount;
    }

    public ThreadView getThread() {
        return thread;
    }

    public List<PostView> getPosts() {
        return posts;
    }

    /** Zero-based. */
    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }
}
