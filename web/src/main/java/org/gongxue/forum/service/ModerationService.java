package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.forum.model.Flag;
import org.gongxue.forum.model.ForumThread;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.PostStatus;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.service.search.ForumIndexEvents;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Safety: readers flag posts; moderators work through the review queue (flagged posts and posts
 * held by forbidden words) and hide, restore, approve or dismiss, and move threads between
 * spaces — every moderator's action audited. Authors withdraw their own posts: softly (the text
 * kept for moderators) when others quoted them, otherwise the text is erased.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    static final int MAX_REASON = 500;
    static final int QUEUE_LIMIT = 200;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    SpaceService spaces;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    ForumIndexEvents indexEvents;

    public void flag(Actor actor, long postId, String reason) {
        Post post = post(postId);
        access.requireSee(actor, post.getThread().getSpace());
        String text = reason == null ? "" : reason.strip();
        if (post.getStatus() != PostStatus.VISIBLE) {
            throw InvalidInputException.of("reason", "forum.problem.notFlaggable");
        }
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "forum.problem.reasonRequired");
        }
        boolean already = !em.createQuery("select f.id from Flag f where f.post = :post and f.personId = :me", Long.class)
                .setParameter("post", post).setParameter("me", actor.personId()).getResultList().isEmpty();
        if (already) {
            throw InvalidInputException.of("reason", "forum.problem.alreadyFlagged");
        }
        em.persist(new Flag(post, actor.personId(), text));
    }

    /** Posts that wait for a moderator in the spaces this actor moderates, oldest first. */
    public List<ReviewItem> queue(Actor actor) {
        List<Post> posts = em.createQuery("""
                        select p from Post p join fetch p.author
                        where p.status = :held or (p.status = :visible
                            and exists (select f.id from Flag f where f.post = p and f.resolvedAt is null))
                        order by p.createdAt, p.id""", Post.class)
                .setParameter("held", PostStatus.HELD).setParameter("visible", PostStatus.VISIBLE)
                .setMaxResults(QUEUE_LIMIT).getResultList();
        Map<Post, List<String>> items = new LinkedHashMap<>();
        posts.stream().filter(p -> access.mayModerate(actor, p.getThread().getSpace()))
                .forEach(p -> items.put(p, openReasons(p)));
        return items.entrySet().stream().map(e -> new ReviewItem(e.getKey(), e.getValue())).toList();
    }

    public void hide(Actor actor, long postId) {
        change(actor, postId, PostStatus.HIDDEN, AuditAction.POST_HIDDEN);
    }

    public void restore(Actor actor, long postId) {
        change(actor, postId, PostStatus.VISIBLE, AuditAction.POST_RESTORED);
    }

    /** Shows a held post; those it should have told are told now. */
    public void approve(Actor actor, long postId) {
        Post post = moderated(actor, postId);
        if (post.getStatus() != PostStatus.HELD) {
            throw InvalidInputException.of("postId", "forum.problem.notHeld");
        }
        post.setStatus(PostStatus.VISIBLE);
        resolveFlags(post);
        indexEvents.changed(post);
        notifications.postAdded(post);
        audit.record(actor, AuditAction.POST_APPROVED, DiscussionService.target(post), null);
    }

    /** The flags were unfounded: the post stays as it is. */
    public void dismissFlags(Actor actor, long postId) {
        Post post = moderated(actor, postId);
        if (resolveFlags(post) > 0) {
            audit.record(actor, AuditAction.FLAGS_DISMISSED, DiscussionService.target(post), null);
        }
    }

    /** Moves a thread to another space; the moderator must moderate both. */
    public void move(Actor actor, long threadId, long targetSpaceId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null) {
            throw new ForumNotFoundException("thread", threadId);
        }
        Space target = spaces.space(targetSpaceId);
        access.requireModerate(actor, thread.getSpace());
        access.requireModerate(actor, target);
        if (!target.getId().equals(thread.getSpace().getId())) {
            String from = SpaceService.target(thread.getSpace());
            thread.moveTo(target);
            indexEvents.changed(thread);
            audit.record(actor, AuditAction.THREAD_MOVED, DiscussionService.target(thread),
                    from + " → " + SpaceService.target(target));
        }
    }

    /**
     * The author withdraws their post. Its place and number stay; if others quoted it the text is
     * kept for moderators (their quotes stay meaningful), otherwise it is erased with its history.
     */
    public void withdraw(Actor actor, long postId) {
        Post post = post(postId);
        access.requireSee(actor, post.getThread().getSpace());
        if (post.getAuthor().getId() != actor.personId() || post.getStatus() == PostStatus.DELETED) {
            throw new AccessDeniedException(actor.username() + " may not withdraw post " + postId);
        }
        post.setStatus(PostStatus.DELETED);
        resolveFlags(post);
        indexEvents.changed(post);
        long quotedBy = em.createQuery("select count(p) from Post p where p.quotedPostId = :id", Long.class)
                .setParameter("id", post.getId()).getSingleResult();
        if (quotedBy == 0) {
            post.rewrite("", "", Instant.now());
            em.createQuery("delete from PostRevision r where r.postId = :id").setParameter("id", post.getId())
                    .executeUpdate();
        }
    }

    /** May this actor open the review queue at all (moderators of some space, administrators)? */
    public boolean mayReview(Actor actor) {
        return actor.has(Role.PLATFORM_ADMIN) || actor.has(Role.LOCALITY_ADMIN)
                || em.createQuery("select count(m) from Moderator m where m.key.personId = :me", Long.class)
                        .setParameter("me", actor.personId()).getSingleResult() > 0;
    }

    private void change(Actor actor, long postId, PostStatus status, AuditAction action) {
        Post post = moderated(actor, postId);
        if (post.getStatus() == PostStatus.DELETED) {
            throw InvalidInputException.of("postId", "forum.problem.postWithdrawn");
        }
        post.setStatus(status);
        resolveFlags(post);
        indexEvents.changed(post);
        audit.record(actor, action, DiscussionService.target(post), null);
    }

    private Post moderated(Actor actor, long postId) {
        Post post = post(postId);
        access.requireModerate(actor, post.getThread().getSpace());
        return post;
    }

    private Post post(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new ForumNotFoundException("post", postId);
        }
        return post;
    }

    private List<String> openReasons(Post post) {
        return em.createQuery("select f.reason from Flag f where f.post = :post and f.resolvedAt is null order by f.id",
                String.class).setParameter("post", post).getResultList();
    }

    private int resolveFlags(Post post) {
        return em.createQuery("update Flag f set f.resolvedAt = :now where f.post = :post and f.resolvedAt is null")
                .setParameter("now", Instant.now()).setParameter("post", post).executeUpdate();
    }
}
