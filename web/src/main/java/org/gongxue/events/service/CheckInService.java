package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.regex.Pattern;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.Registration;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.people.model.Person;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;

/**
 * Check-in at the door: the organiser's phone reads a registration's QR code and sends it here for
 * their event. Only a confirmed registration of that very event is let in; an unknown (forged)
 * code, another event's code or a registration without a confirmed seat are refused and change
 * nothing. A second scan of the same code records nothing new and says when the first was.
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    /** The form of the codes RegistrationService makes; anything else is not looked up at all. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventRules rules;

    public CheckInResult checkIn(Actor actor, long eventId, String code) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !rules.mayOrganize(actor, event)) {
            throw new AccessDeniedException("Not an organiser of event " + eventId);
        }
        String cleaned = code == null ? "" : code.strip();
        if (!CODE.matcher(cleaned).matches()) {
            throw new RegistrationRefusedException("events.checkIn.unknownCode");
        }
        Registration registration = em.createQuery(
                        "select r from Registration r where r.checkInCode = :code", Registration.class)
                .setParameter("code", cleaned)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RegistrationRefusedException("events.checkIn.unknownCode"));
        if (!registration.getEvent().getId().equals(event.getId())) {
            throw new RegistrationRefusedException("events.checkIn.otherEvent");
        }
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new RegistrationRefusedException("events.checkIn.notConfirmed");
        }
        String name = em.find(Person.class, registration.getPersonId()).getName();
        if (registration.getCheckedInAt() != null) {
            return new CheckInResult(name, registration.getLocalityCode(), registration.getCheckedInAt(), true);
        }
        registration.checkIn(Instant.now(), actor.username());
        return new CheckInResult(name, registration.getLocalityCode(), registration.getCheckedInAt(), false);
    }
}
