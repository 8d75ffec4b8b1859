package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongxue.forum.model.ForumThread;
import org.gongxue.forum.model.ReadMarker;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.model.Watch;
import org.gongxue.platform.access.Actor;

/**
 * Watching spaces and threads, and how far each person has read each thread (for unread counts
 * and "new since your last visit"). Authors watch their own threads and those they reply in.
 */
@ApplicationScoped
@Transactional
public class FollowService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    SpaceService spaces;

    public void watchSpace(Actor actor, long spaceId, boolean watching) {
        Space space = spaces.space(spaceId);
        access.requireSee(actor, space);
        List<Watch> current = em.createQuery("select w from Watch w where w.personId = :me and w.spaceId = :space",
                        Watch.class)
                .setParameter("me", actor.personId()).setParameter("space", spaceId).getResultList();
        if (watching && current.isEmpty()) {
            em.persist(Watch.ofSpace(actor.personId(), spaceId));
        } else if (!watching) {
            current.forEach(em::remove);
        }
    }

    public void watchThread(Actor actor, long threadId, boolean watching) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null) {
            throw new ForumNotFoundException("thread", threadId);
        }
        access.requireSee(actor, thread.getSpace());
        if (watching) {
            watchThread(actor.personId(), threadId);
        } else {
            em.createQuery("delete from Watch w where w.personId = :me and w.threadId = :thread")
                    .setParameter("me", actor.personId()).setParameter("thread", threadId).executeUpdate();
        }
    }

    public boolean isWatchingSpace(Actor actor, long spaceId) {
        return !em.createQuery("select w.id from Watch w where w.personId = :me and w.spaceId = :space", Long.class)
                .setParameter("me", actor.personId()).setParameter("space", spaceId).getResultList().isEmpty();
    }

    public boolean isWatchingThread(Actor actor, long threadId) {
        return !em.createQuery("select w.id from Watch w where w.personId = :me and w.threadId = :thread", Long.class)
                .setParameter("me", actor.personId()).setParameter("thread", threadId).getResultList().isEmpty();
    }

    void watchThread(long personId, long threadId) {
        boolean watching = !em.createQuery("select w.id from Watch w where w.personId = :me and w.threadId = :thread",
                        Long.class)
                .setParameter("me", personId).setParameter("thread", threadId).getResultList().isEmpty();
        if (!watching) {
            em.persist(Watch.ofThread(personId, threadId));
        }
    }

    List<Long> spaceWatchers(long spaceId) {
        return em.createQuery("select w.personId from Watch w where w.spaceId = :space", Long.class)
                .setParameter("space", spaceId).getResultList();
    }

    List<Long> threadWatchers(long threadId) {
        return em.createQuery("select w.personId from Watch w where w.threadId = :thread", Long.class)
                .setParameter("thread", threadId).getResultList();
    }

    /** How far the person had read each of these threads; threads never opened are absent. */
    Map<Long, Integer> lastRead(long personId, Collection<Long> threadIds) {
        Map<Long, Integer> read = new HashMap<>();
        if (!threadIds.isEmpty()) {
            em.createQuery("""
                            select m.threadId, m.lastReadNumber from ReadMarker m
                            where m.personId = :me and m.threadId in :threads""", Object[].class)
                    .setParameter("me", personId).setParameter("threads", threadIds)
                    .getResultList().forEach(row -> read.put((Long) row[0], (Integer) row[1]));
        }
        return read;
    }

    /**
     * Records that the person was shown the thread up to this post; returns how far they had read
     * before. Two tabs opening a thread for the first time at once both find no marker: the later
     * insert waits for the earlier one and then does nothing (persisting a new marker failed the
     * second tab on the unique key), and both move the one marker forward.
     */
    int readUpTo(long personId, long threadId, int number) {
        List<ReadMarker> markers = markers(personId, threadId);
        if (markers.isEmpty()) {
            em.createNativeQuery("""
                            insert into forum_read_marker (person_id, thread_id, last_read_number) values (?1, ?2, 0)
                            on conflict do nothing""")
                    .setParameter(1, personId).setParameter(2, threadId).executeUpdate();
            markers = markers(personId, threadId);
        }
        int before = markers.get(0).getLastReadNumber();
        markers.get(0).readUpTo(number);
        return before;
    }

    private List<ReadMarker> markers(long personId, long threadId) {
        return em.createQuery("select m from ReadMarker m where m.personId = :me and m.threadId = :thread",
                        ReadMarker.class)
                .setParameter("me", personId).setParameter("thread", threadId).getResultList();
    }
}
