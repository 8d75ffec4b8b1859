package org.gongxue.forum.service;

import java.util.List;
import org.gongxue.forum.model.Post;

/** A post in the moderators' review queue: held by a forbidden word, or flagged by readers (with their reasons). */
public class ReviewItem {

    private final PostView post;
    private final String threadTitle;
    private final String spaceName;
    private final List<String> reasons;

    ReviewItem(Post post, List<String> reasons) {
        this.post = new PostView(post, true, false);
        this.threadTitle = post.getThread().getTitle();
        this.spaceName = post.getThread().getSpace().getName();
        this.reasons = List.copyOf(reasons);
    }

    public PostView getPost() {
        return post;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public String getSpaceName() {
        return spaceName;
    }

    /** What the readers who flagged it said; empty for a post held by a forbidden word. */
    public List<String> getReasons() {
        return reasons;
    }
}
