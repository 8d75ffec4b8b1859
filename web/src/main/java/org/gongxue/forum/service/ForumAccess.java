package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongxue.forum.model.Moderator;
import org.gongxue.forum.model.Space;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.access.Visibility;

/**
 * Who may do what in a space. Seeing is the platform's one rule (the space's audience against
 * the reader's); whoever sees a space may write in it; administrators of the space's locality
 * manage it; its moderators and those administrators moderate it.
 */
@ApplicationScoped
public class ForumAccess {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Visibility visibility;

    public boolean maySee(Actor actor, Space space) {
        return visibility.maySee(actor, Audience.parse(space.getAudienceKey()));
    }

    public boolean mayAdminister(Actor actor, Space space) {
        return actor.mayAdminister(space.getLocalityCode());
    }

    public boolean mayModerate(Actor actor, Space space) {
        return mayAdminister(actor, space)
                || em.find(Moderator.class, new Moderator.Key(space.getId(), actor.personId())) != null;
    }

    public void requireSee(Actor actor, Space space) {
        if (!maySee(actor, space)) {
            throw new AccessDeniedException(actor.username() + " may not see space " + space.getId());
        }
    }

    public void requireAdminister(Actor actor, Space space) {
        if (!mayAdminister(actor, space)) {
            throw new AccessDeniedException(actor.username() + " may not administer space " + space.getId());
        }
    }

    public void requireModerate(Actor actor, Space space) {
        if (!mayModerate(actor, space)) {
            throw new AccessDeniedException(actor.username() + " may not moderate space " + space.getId());
        }
    }
}
