package org.gongxue.chair.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gongxue.chair.model.Resolution;
import org.gongxue.chair.model.WorkMeeting;
import org.gongxue.platform.access.Actor;

/** Reads work meetings and resolutions for administrators; anyone else finds none ("not found"). */
@ApplicationScoped
@Transactional // read-only, but in one transaction: views read the lazy progress notes
public class MeetingCatalog {

    /** The newest meetings a list shows; older ones are reached through their resolutions or the API. */
    static final int MAX_MEETINGS = 100;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    MeetingRules rules;

    public List<MeetingView> recent(Actor actor) {
        if (!rules.maySee(actor)) {
            return List.of();
        }
        return em.createQuery("select m from WorkMeeting m order by m.heldOn desc, m.id desc", WorkMeeting.class)
                .setMaxResults(MAX_MEETINGS)
                .getResultStream().map(meeting -> view(actor, meeting, false)).toList();
    }

    public MeetingView find(Actor actor, long meetingId) {
        WorkMeeting meeting = em.find(WorkMeeting.class, meetingId);
        if (meeting == null || !rules.maySee(actor)) {
            throw new MeetingNotFoundException("meeting " + meetingId);
        }
        return view(actor, meeting, true);
    }

    /** Resolutions not yet done, the earliest due first: what the offices still owe. */
    public List<ResolutionView> open(Actor actor) {
        if (!rules.maySee(actor)) {
            return List.of();
        }
        return em.createQuery("select r from Resolution r where r.doneAt is null order by r.dueOn, r.id", Resolution.class)
                .getResultStream().map(r -> new ResolutionView(r, rules.mayUpdate(actor, r))).toList();
    }

    private MeetingView view(Actor actor, WorkMeeting meeting, boolean withResolutions) {
        List<ResolutionView> resolutions = !withResolutions ? List.of() : em.createQuery(
                        "select r from Resolution r where r.meeting = :meeting order by r.id", Resolution.class)
                .setParameter("meeting", meeting)
                .getResultStream().map(r -> new ResolutionView(r, rules.mayUpdate(actor, r))).toList();
        return new MeetingView(meeting, resolutions, rules.mayConvene(actor, meeting.getHeldOn()));
    }
}
