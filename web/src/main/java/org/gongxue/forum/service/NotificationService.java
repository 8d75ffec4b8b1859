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
import java.util.Set;
import org.gongxue.forum.model.Notification;
import org.gongxue.forum.model.NotificationKind;
import org.gongxue.forum.model.Post;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.service.mail.ForumMailEvents;
import org.gongxue.people.model.Person;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;

/**
 * In-app notifications: who is told of a new post, and each person's list. A post tells the
 * people it @mentions, the author of the post it quotes, and the watchers of its thread (or, for
 * a new thread, of its space) — each person once, for the strongest reason, never its own author,
 * and only people who may see the space now (a mention of an outsider in a members-only space
 * tells them nothing, not even that the thread exists).
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    FollowService follows;

    @Inject
    Actors actors;

    @Inject
    ForumMailEvents mailEvents;

    /** Called by the discussion service in the transaction that adds the post. */
    void postAdded(Post post) {
        Space space = post.getThread().getSpace();
        // Insertion order is priority order: a mentioned watcher is told of the mention.
        Map<Long, NotificationKind> recipients = new LinkedHashMap<>();
        mentioned(post).forEach(person -> recipients.putIfAbsent(person.getId(), NotificationKind.MENTION));
        if (post.getQuotedPostId() != null) {
            Post quoted = em.find(Post.class, post.getQuotedPostId());
            recipients.putIfAbsent(quoted.getAuthor().getId(), NotificationKind.QUOTE);
        }
        if (post.getNumber() == 1) {
            follows.spaceWatchers(space.getId()).forEach(id -> recipients.putIfAbsent(id, NotificationKind.NEW_THREAD));
        } else {
            follows.threadWatchers(post.getThread().getId())
                    .forEach(id -> recipients.putIfAbsent(id, NotificationKind.REPLY));
        }
        recipients.remove(post.getAuthor().getId());
        recipients.forEach((personId, kind) -> {
            if (maySee(personId, space)) {
                Notification notification = new Notification(personId, kind, post);
                em.persist(notification);
                mailEvents.notified(notification);
            }
        });
        follows.watchThread(post.getAuthor().getId(), post.getThread().getId());
    }

    public NotificationPage list(Actor actor, int page) {
        List<NotificationView> notifications = em.createQuery("""
                        select n from Notification n left join fetch n.thread left join fetch n.actor
                        where n.personId = :me order by n.createdAt desc, n.id desc""", Notification.class)
                .setParameter("me", actor.personId())
                .setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultStream()
                // A person who left a space keeps no window into it.
                .filter(n -> n.getThread() == null || access.maySee(actor, n.getThread().getSpace()))
                .map(NotificationView::new).toList();
        long total = em.createQuery("select count(n) from Notification n where n.personId = :me", Long.class)
                .setParameter("me", actor.personId()).getSingleResult();
        return new NotificationPage(notifications, total, unreadCount(actor));
    }

    /**
     * Tells a person of something outside the forum (an event's reminder, a seat given), in the
     * caller's transaction: the notice joins their list and unread count like any other.
     */
    public void notice(long personId, NotificationKind kind, String subject, String link) {
        em.persist(Notification.notice(personId, kind, subject, link, Instant.now()));
    }

    public long unreadCount(Actor actor) {
        return em.createQuery("select count(n) from Notification n where n.personId = :me and n.readAt is null",
                        Long.class)
                .setParameter("me", actor.personId()).getSingleResult();
    }

    public void markAllRead(Actor actor) {
        em.createQuery("update Notification n set n.readAt = :now where n.personId = :me and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("me", actor.personId()).executeUpdate();
    }

    /** The person was shown the thread up to this post: what told them of those posts is read. */
    void threadRead(long personId, long threadId, int upToNumber) {
        em.createQuery("""
                        update Notification n set n.readAt = :now
                        where n.personId = :me and n.thread.id = :thread and n.postNumber <= :number and n.readAt is null""")
                .setParameter("now", Instant.now()).setParameter("me", personId)
                .setParameter("thread", threadId).setParameter("number", upToNumber).executeUpdate();
    }

    private List<Person> mentioned(Post post) {
        Set<String> usernames = Mentions.in(post.getBodyText());
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.username in :names", Person.class)
                .setParameter("names", usernames).getResultList();
    }

    private boolean maySee(long personId, Space space) {
        Person person = em.find(Person.class, personId);
        return person != null && actors.forUsername(person.getUsername(), null)
                .map(actor -> access.maySee(actor, space)).orElse(false);
    }
}
