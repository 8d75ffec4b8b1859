package org.gongxue.forum.service.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongxue.forum.model.Attachment;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.PostStatus;
import org.gongxue.forum.service.ForumAccess;
import org.gongxue.forum.service.ForumNotFoundException;
import org.gongxue.forum.service.search.ForumIndexEvents;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.CompletedUpload;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * The attachments' rows: who may attach (the post's author, or a moderator of its space, while
 * the post is not withdrawn), at most {@value #MAX_PER_POST} a post, who may read them (whoever
 * sees the space and may read the post).
 */
@ApplicationScoped
@Transactional
public class AttachmentRecords {

    static final int MAX_PER_POST = 5;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    ForumIndexEvents indexEvents;

    public void requireAttachable(Actor actor, long postId) {
        Post post = post(postId);
        access.requireSee(actor, post.getThread().getSpace());
        boolean moderator = access.mayModerate(actor, post.getThread().getSpace());
        if (post.getAuthor().getId() != actor.personId() && !moderator || post.getStatus() == PostStatus.DELETED) {
            throw new AccessDeniedException(actor.username() + " may not attach files to post " + postId);
        }
        if (count(post) >= MAX_PER_POST) {
            throw InvalidInputException.of("file", "forum.attachment.tooMany");
        }
    }

    AttachmentView record(Actor actor, long postId, CompletedUpload stored) {
        requireAttachable(actor, postId);
        Attachment attachment = new Attachment(post(postId), stored.objectKey(), stored.displayName(),
                stored.type().mediaType(), stored.size());
        em.persist(attachment);
        indexEvents.changed(attachment);
        return new AttachmentView(attachment);
    }

    /** The attachment a reader asks for, if they may read its post. */
    public Attachment readable(Actor actor, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new ForumNotFoundException("attachment", attachmentId);
        }
        Post post = attachment.getPost();
        access.requireSee(actor, post.getThread().getSpace());
        boolean readable = post.getStatus() == PostStatus.VISIBLE
                || access.mayModerate(actor, post.getThread().getSpace())
                || post.getAuthor().getId() == actor.personId() && post.getStatus() != PostStatus.DELETED;
        if (!readable) {
            throw new ForumNotFoundException("attachment", attachmentId);
        }
        return attachment;
    }

    /** The attachments of these posts, by post, in the order they were attached. */
    public Map<Long, List<AttachmentView>> of(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Attachment a where a.post.id in :posts order by a.id", Attachment.class)
                .setParameter("posts", postIds).getResultStream().map(AttachmentView::new)
                .collect(Collectors.groupingBy(AttachmentView::getPostId));
    }

    private long count(Post post) {
        return em.createQuery("select count(a) from Attachment a where a.post = :post", Long.class)
                .setParameter("post", post).getSingleResult();
    }

    private Post post(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new ForumNotFoundException("post", postId);
        }
        return post;
    }
}
