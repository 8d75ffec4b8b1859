package org.gongxue.chair.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.gongxue.chair.model.Resolution;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;

/**
 * Who may do what with work meetings. They are the offices' business: administrators see them,
 * cadres do not. The locality chairing on the meeting's day convenes it (agenda, minutes,
 * resolutions); a resolution's progress is written, and the resolution closed, by its owner
 * locality's administrators or the convener. Platform administrators may do everything.
 */
@ApplicationScoped
public class MeetingRules {

    @Inject
    ChairCalendar chair;

    public boolean maySee(Actor actor) {
        return actor != null && actor.isAdministrator();
    }

    public boolean mayConvene(Actor actor, LocalDate heldOn) {
        return actor.has(Role.PLATFORM_ADMIN) || chair.actsForChair(actor, heldOn);
    }

    public boolean mayUpdate(Actor actor, Resolution resolution) {
        return actor.mayAdminister(resolution.getOwnerLocalityCode())
                || mayConvene(actor, resolution.getMeeting().getHeldOn());
    }
}
