package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongxue.events.model.Event;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Visibility;

/**
 * Finds an event for what an actor is about to do with its files or recording, in the caller's
 * transaction: one the actor may not see does not exist for them (as everywhere in events); one
 * they see but do not organize is refused.
 */
@ApplicationScoped
class EventAccess {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventRules rules;

    @Inject
    Visibility visibility;

    Event visible(Actor reader, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !rules.maySee(reader, visibility.audiencesOf(reader), event)) {
            throw new EventNotFoundException("event " + eventId);
        }
        return event;
    }

    Event organized(Actor actor, long eventId) {
        Event event = visible(actor, eventId);
        if (!rules.mayOrganize(actor, event)) {
            throw new AccessDeniedException("Not an organiser of event " + eventId);
        }
        return event;
    }
}
