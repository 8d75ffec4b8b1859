package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Rate limits on posting: at most so many posts a minute and an hour per person, counted from
 * the posts themselves (so every server of a cluster counts the same). Moderators of the space
 * are not limited: they clean up, and they answer floods.
 */
@ApplicationScoped
public class PostingLimits {

    public static final String PER_MINUTE = "gongxue.forum.posts-per-minute";
    public static final String PER_HOUR = "gongxue.forum.posts-per-hour";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    @ConfigProperty(name = PER_MINUTE, defaultValue = "6")
    int perMinute;

    @Inject
    @ConfigProperty(name = PER_HOUR, defaultValue = "60")
    int perHour;

    /** Refuses the post, changing nothing, when the author has posted too much lately. */
    void check(Actor author, boolean moderator) {
        if (moderator) {
            return;
        }
        Instant now = Instant.now();
        if (postsSince(author, now.minus(Duration.ofMinutes(1))) >= perMinute
                || postsSince(author, now.minus(Duration.ofHours(1))) >= perHour) {
            throw InvalidInputException.of("body", "forum.problem.tooFast");
        }
    }

    private long postsSince(Actor author, Instant since) {
        return em.createQuery("select count(p) from Post p where p.author.id = :me and p.createdAt > :since", Long.class)
                .setParameter("me", author.personId()).setParameter("since", since).getSingleResult();
    }
}
