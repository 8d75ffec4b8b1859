package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.Registration;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Role;

/**
 * Who may do what with events. A locality's administrators organize its own events; shared (ZONE)
 * events belong to the locality that chairs on the event's day; platform administrators everywhere.
 * People see an event (also a cancelled one, which says so) when its audience is one of theirs;
 * organisers see theirs always.
 * Registrations are approved by the administrators of the registrant's locality.
 */
@ApplicationScoped
public class EventRules {

    private static final String SHARED = "ZONE";

    @Inject
    ChairCalendar chair;

    public boolean mayOrganize(Actor actor, String hostLocalityCode, LocalDate day) {
        if (actor.has(Role.PLATFORM_ADMIN)) {
            return true;
        }
        if (SHARED.equals(hostLocalityCode)) {
            return chair.actsForChair(actor, day);
        }
        return actor.has(Role.LOCALITY_ADMIN) && actor.localityCode().equals(hostLocalityCode);
    }

    public boolean mayOrganize(Actor actor, Event event) {
        return actor != null && mayOrganize(actor, event.getHostLocalityCode(), event.getStartsAt().toLocalDate());
    }

    public boolean maySee(Actor actor, AudienceSet audiences, Event event) {
        return mayOrganize(actor, event) || audiences.includes(Audience.parse(event.getAudience()));
    }

    public boolean mayDecide(Actor actor, Registration registration) {
        return actor.mayAdminister(registration.getLocalityCode());
    }
}
