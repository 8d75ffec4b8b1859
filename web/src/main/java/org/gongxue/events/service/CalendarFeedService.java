package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.events.model.CalendarFeed;
import org.gongxue.people.model.Person;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;

/**
 * The secret addresses of people's calendar feeds. A calendar app fetches the feed without
 * signing in, so the token is the credential: it is random, it is checked against an active
 * person at every fetch (a disabled person's feed stops), and its owner can replace it.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    AuditLog audit;

    /** The actor's feed token, made on first use. */
    public String tokenOf(Actor actor) {
        CalendarFeed feed = em.find(CalendarFeed.class, actor.personId());
        if (feed == null) {
            feed = new CalendarFeed(actor.personId(), SecretTokens.next());
            em.persist(feed);
        }
        return feed.getToken();
    }

    /** A new token: the old address stops working (a phone lost, an address shared by mistake). */
    public String replaceToken(Actor actor) {
        String token = SecretTokens.next();
        CalendarFeed feed = em.find(CalendarFeed.class, actor.personId());
        if (feed == null) {
            em.persist(new CalendarFeed(actor.personId(), token));
        } else {
            feed.replaceToken(token);
        }
        audit.record(actor, AuditAction.CALENDAR_FEED_REPLACED, "person:" + actor.personId(), null);
        return token;
    }

    /** The active person whose feed this token opens, as an actor for the reads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> ownerOf(String token, String address) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return em.createQuery("select p.username from CalendarFeed f, Person p where p.id = f.personId"
                        + " and f.token = :token", String.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .flatMap(username -> actors.forUsername(username, address));
    }
}
