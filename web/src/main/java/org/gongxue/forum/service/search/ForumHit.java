package org.gongxue.forum.service.search;

import java.util.List;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.service.DiscussionService;

/**
 * A thread found by search, with the best matching post: where it is and the words around what
 * was found. Snippets are the index's: the post's own text HTML-escaped, the words in {@code <em>}.
 */
public class ForumHit {

    private final long threadId;
    private final String title;
    private final String titleSnippet;
    private final long spaceId;
    private final String spaceName;
    private final String spaceKind;
    private final int postNumber;
    private final int page;
    private final String authorName;
    private final List<String> snippets;

    ForumHit(Post post, List<String> titleSnippets, List<String> bodySnippets) {
        this.threadId = post.getThread().getId();
        this.title = post.getThread().getTitle();
        this.titleSnippet = titleSnippets == null || titleSnippets.isEmpty() ? null : titleSnippets.get(0);
        this.spaceId = post.getThread().getSpace().getId();
        this.spaceName = post.getThread().getSpace().getName();
        this.spaceKind = post.getThread().getSpace().getKind().name();
        this.postNumber = post.getNumber();
        this.page = DiscussionService.pageOf(post.getNumber());
        this.authorName = post.getAuthor().getName();
        this.snippets = bodySnippets == null ? List.of() : List.copyOf(bodySnippets);
    }

    public long getThreadId() {
        return threadId;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleSnippet() {
        return titleSnippet;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getSpaceName() {
        return spaceName;
    }

    public String getSpaceKind() {
        return spaceKind;
    }

    public int getPostNumber() {
        return postNumber;
    }

    /** The zero-based page of the thread that shows the post. */
    public int getPage() {
        return page;
    }

    public String getAuthorName() {
        return authorName;
    }

    public List<String> getSnippets() {
        return snippets;
    }
}
