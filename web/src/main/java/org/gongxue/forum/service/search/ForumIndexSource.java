package org.gongxue.forum.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

    /**
     * Up to {@code limit} posts of a thread marked for indexing, locked until the caller's
     * transaction ends: a writer changing one of them meanwhile waits, then marks it again, so
     * clearing the marks read here never loses a change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Batch markedPostsOf(long threadId, int limit) {
        return batchOf(em.createQuery("""
                        select p from Post p where p.thread.id = :thread and p.indexPending = true order by p.number""",
                        Post.class)
                .setParameter("thread", threadId).setLockMode(LockModeType.PESSIMISTIC_WRITE), limit);
    }

    /** Clears the marks of posts whose documents were written (a bulk update: their versions stay). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void indexed(Collection<Long> postIds) {
        if (!postIds.isEmpty()) {
            em.createQuery("update Post p set p.indexPending = false where p.id in :posts")
                    .setParameter("posts", postIds).executeUpdate();
        }
    }

    /** Up to {@code limit} posts of a thread numbered after {@code afterNumber}, marked or not. */
    public Batch postsOf(long threadId, int afterNumber, int limit) {
        return batchOf(em.createQuery("""
                        select p from Post p where p.thread.id = :thread and p.number > :after order by p.number""",
                        Post.class)
                .setParameter("thread", threadId).setParameter("after", afterNumber), limit);
    }

    /** Up to {@code limit} visible posts of the whole forum with ids above {@code afterId}, for a rebuild. */
    public Batch visiblePostsAfter(long afterId, int limit) {
        return batchOf(em.createQuery("""
                        select p from Post p join fetch p.thread
                        where p.id > :after and p.status = :visible order by p.id""", Post.class)
                .setParameter("after", afterId).setParameter("visible", PostStatus.VISIBLE), limit);
    }

    public long countVisiblePosts() {
        return em.createQuery("select count(p) from Post p where p.status = :visible", Long.class)
                .setParameter("visible", PostStatus.VISIBLE).getSingleResult();
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

    /** Keeps an attachment's text and marks its post, whose document now carries it. */
    public void keepText(long attachmentId, String text) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment != null) {
            attachment.setText(text);
            em.createQuery("update Post p set p.indexPending = true where p.id = :post")
                    .setParameter("post", attachment.getPost().getId()).executeUpdate();
        }
    }

    /** The thread of an attachment's post; empty for an unknown attachment. */
    public Optional<Long> threadOf(long attachmentId) {
        return Optional.ofNullable(em.find(Attachment.class, attachmentId))
                .map(a -> a.getPost().getThread().getId());
    }

    private Batch batchOf(TypedQuery<Post> query, int limit) {
        List<Post> posts = query.setMaxResults(limit).getResultList();
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
        return new Batch(posts.stream().map(Post::getId).toList(), documents, removed,
                posts.isEmpty() ? 0 : posts.get(posts.size() - 1).getNumber(), posts.size() < limit);
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

    /**
     * A batch of posts: their ids (in the order read), what to write, what to remove, the number
     * of the last one (where a thread's next batch starts) and whether it was the last batch.
     */
    public record Batch(List<Long> postIds, List<SearchDocument> documents, List<String> removedIds,
            int lastNumber, boolean last) {}
}
