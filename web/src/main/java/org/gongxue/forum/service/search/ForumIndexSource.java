package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongxue.forum.model.Attachment;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.PostStatus;
import org.gongxue.search.index.SearchDocument;

/** Reads what the index should hold of the forum, as the database has it now. */
@ApplicationScoped
@Transactional
public class ForumIndexSource {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    /** The post's document, or empty when it has none (unknown, held, hidden or withdrawn). */
    public Optional<SearchDocument> post(long postId) {
        Post post = em.find(Post.class, postId);
        return post == null || post.getStatus() != PostStatus.VISIBLE ? Optional.empty()
                : Optional.of(ForumDocuments.of(post, attachmentTexts(List.of(postId)).getOrDefault(postId, List.of())));
    }

    /** Up to {@code limit} posts of a thread numbered after {@code afterNumber}: the documents to write and the ids to remove. */
    public Batch postsOf(long threadId, int afterNumber, int limit) {
        List<Post> posts = em.createQuery("""
                        select p from Post p where p.thread.id = :thread and p.number > :after order by p.number""",
                        Post.class)
                .setParameter("thread", threadId).setParameter("after", afterNumber).setMaxResults(limit)
                .getResultList();
        Map<Long, List<String>> texts = attachmentTexts(posts.stream().map(Post::getId).toList());
        List<SearchDocument> documents = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Post post : posts) {
            if (post.getStatus() == PostStatus.VISIBLE) {
                documents.add(ForumDocuments.of(post, texts.getOrDefault(post.getId(), List.of())));
            } else {
                removed.add(ForumDocuments.postId(post.getId()));
            }
        }
        int last = posts.isEmpty() ? afterNumber : posts.get(posts.size() - 1).getNumber();
        return new Batch(documents, removed, last, posts.size() < limit);
    }

    public List<Long> threadsOf(long spaceId) {
        return em.createQuery("select t.id from ForumThread t where t.space.id = :space order by t.id", Long.class)
                .setParameter("space", spaceId).getResultList();
    }

    /** The attachment whose text is still to be read, if it is. */
    public Optional<Attachment> unread(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        return attachment == null || attachment.getText() != null ? Optional.empty() : Optional.of(attachment);
    }

    public void keepText(long attachmentId, String text) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment != null) {
            attachment.setText(text);
        }
    }

    /** The post an attachment belongs to; empty for an unknown attachment. */
    public Optional<Long> postOf(long attachmentId) {
        return Optional.ofNullable(em.find(Attachment.class, attachmentId)).map(a -> a.getPost().getId());
    }

    private Map<Long, List<String>> attachmentTexts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select a from Attachment a where a.post.id in :posts and a.text is not null order by a.id""",
                        Attachment.class)
                .setParameter("posts", postIds).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getPost().getId(),
                        Collectors.mapping(Attachment::getText, Collectors.toList())));
    }

    /** A batch of a thread's posts: what to write, what to remove, where the next batch starts. */
    public record Batch(List<SearchDocument> documents, List<String> removedIds, int lastNumber, boolean last) {}
}
