package org.gongxue.forum.service.search;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.gongxue.forum.model.ForumThread;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.Space;
import org.gongxue.search.index.SearchDocument;

/**
 * How the forum appears in the search index: one document per visible post, titled with its
 * thread's title and grouped by thread ({@code parent_id}), carrying its space's audience, so
 * that a reader finds only posts of spaces they see, and facet counts and snippets obey the same
 * rule. Held, hidden and withdrawn posts have no document.
 */
public final class ForumDocuments {

    public static final String POST_KIND = "forum-post";
    /** The space's kind (专家咨询委员会, 沙龙 …): {@link org.gongxue.forum.model.SpaceKind} names. */
    public static final String SPACE_KIND_FACET = "forumSpaceKind";
    /** The space's name, as shown. */
    public static final String SPACE_FACET = "forumSpace";

    private static final String POST_PREFIX = POST_KIND + "-";
    private static final String THREAD_PREFIX = "forum-thread-";

    private ForumDocuments() {
    }

    public static String postId(long postId) {
        return POST_PREFIX + postId;
    }

    public static String threadId(long threadId) {
        return THREAD_PREFIX + threadId;
    }

    /** The post a document id names; empty for ids of anything else. */
    public static OptionalLong postOf(String documentId) {
        if (documentId == null || !documentId.startsWith(POST_PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(documentId.substring(POST_PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The document of a visible post: the sanitized post's text without markup, then the text of
     * its attachments.
     */
    public static SearchDocument of(Post post, List<String> attachmentTexts) {
        StringBuilder body = new StringBuilder(post.getBodyText());
        attachmentTexts.stream().filter(text -> text != null && !text.isBlank())
                .forEach(text -> body.append("\n\n").append(text));
        ForumThread thread = post.getThread();
        Space space = thread.getSpace();
        return new SearchDocument(postId(post.getId()), POST_KIND, threadId(thread.getId()), thread.getTitle(), null,
                body.toString(), Set.of(space.getAudienceKey()),
                Map.of(SPACE_KIND_FACET, List.of(space.getKind().name()), SPACE_FACET, List.of(space.getName())),
                post.getCreatedAt(), null);
    }
}
