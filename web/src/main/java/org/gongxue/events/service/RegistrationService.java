package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.model.Registration;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.people.model.Person;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.time.ZoneClock;

/**
 * Cadres register for events and cancel; locality administrators approve or reject their own
 * locality's registrations. A registration takes a seat of the registrant's locality when one is
 * free, else a place on its waiting list (up to the event's limit), else it is refused. Whatever
 * frees a seat moves the first waiting registration of that locality up in the same transaction.
 * Refusals change nothing.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventRules rules;

    @Inject
    Visibility visibility;

    @Inject
    SeatLedger seats;

    @Inject
    AuditLog audit;

    public RegistrationView register(Actor actor, long eventId) {
        Event event = visibleEvent(actor, eventId);
        if (!actor.has(Role.CADRE)) {
            throw new AccessDeniedException("Only cadres register for events");
        }
        if (event.getStatus() != EventStatus.SCHEDULED || !event.getStartsAt().isAfter(ZoneClock.now())) {
            throw new RegistrationRefusedException("events.registration.closed");
        }
        int quota = seats.lock(eventId, actor.localityCode());
        if (quota == 0) {
            throw new RegistrationRefusedException("events.registration.noSeats");
        }
        Optional<Registration> earlier = registrationOf(actor.personId(), eventId);
        if (earlier.isPresent() && earlier.get().getStatus().isActive()) {
            throw new RegistrationRefusedException("events.registration.already");
        }
        RegistrationStatus status;
        if (seats.holding(eventId, actor.localityCode()) < quota) {
            status = SeatLedger.seatedStatus(event);
        } else if (seats.waiting(eventId, actor.localityCode()) < event.getWaitingLimit()) {
            status = RegistrationStatus.WAITING;
        } else {
            throw new RegistrationRefusedException("events.registration.full");
        }
        Registration registration = earlier.orElseGet(
                () -> new Registration(event, actor.personId(), actor.localityCode(), SecretTokens.next()));
        registration.enter(status, Instant.now());
        if (registration.getId() == null) {
            em.persist(registration);
        }
        audit.record(actor, AuditAction.EVENT_REGISTERED, EventService.target(event), status.name());
        return view(registration);
    }

    /** Withdraws the actor's own registration; a seat it held goes to the first in line. */
    public void cancel(Actor actor, long eventId) {
        Event event = visibleEvent(actor, eventId);
        int quota = seats.lock(eventId, actor.localityCode());
        Registration registration = registrationOf(actor.personId(), eventId)
                .filter(found -> found.getStatus().isActive())
                .orElseThrow(() -> new RegistrationRefusedException("events.registration.notRegistered"));
        registration.decide(RegistrationStatus.CANCELLED, actor.username());
        seats.fill(event, registration.getLocalityCode(), quota);
        audit.record(actor, AuditAction.EVENT_REGISTRATION_CANCELLED, EventService.target(event), null);
    }

    /** Approves or rejects a registration waiting for approval; a rejection frees its seat. */
    public RegistrationView decide(Actor actor, long registrationId, boolean approve) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !rules.mayDecide(actor, registration)) {
            throw new EventNotFoundException("registration " + registrationId);
        }
        int quota = seats.lock(registration.getEvent().getId(), registration.getLocalityCode());
        em.refresh(registration);
        if (registration.getStatus() != RegistrationStatus.PENDING_APPROVAL) {
            throw new RegistrationRefusedException("events.registration.notPending");
        }
        registration.decide(approve ? RegistrationStatus.CONFIRMED : RegistrationStatus.REJECTED, actor.username());
        if (!approve) {
            seats.fill(registration.getEvent(), registration.getLocalityCode(), quota);
        }
        audit.record(actor, approve ? AuditAction.EVENT_REGISTRATION_APPROVED : AuditAction.EVENT_REGISTRATION_REJECTED,
                "registration:" + registrationId, null);
        return view(registration);
    }

    /** The actor's own registration for the event, if any (also a cancelled one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RegistrationView> mine(Actor actor, long eventId) {
        return registrationOf(actor.personId(), eventId).map(this::view);
    }

    /** All of the actor's registrations, the latest events first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> allMine(Actor actor) {
        return em.createQuery("""
                        select r from Registration r where r.personId = :person
                        order by r.event.startsAt desc, r.id desc""", Registration.class)
                .setParameter("person", actor.personId())
                .getResultStream().map(this::view).toList();
    }

    /**
     * The registrations of an event an administrator may see: all of them for its organisers, their
     * own locality's for the other localities' administrators (who approve them).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationView> ofEvent(Actor actor, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !(rules.mayOrganize(actor, event) || actor.isAdministrator())) {
            throw new AccessDeniedException("Not an administrator of event " + eventId);
        }
        boolean all = rules.mayOrganize(actor, event);
        return em.createQuery("""
                        select r from Registration r where r.event.id = :event
                        order by r.localityCode, r.status, r.queuedAt, r.id""", Registration.class)
                .setParameter("event", eventId)
                .getResultStream()
                .filter(registration -> all || rules.mayDecide(actor, registration))
                .map(this::view).toList();
    }

    /** The QR code's content of the actor's own confirmed registration: no one else's can be asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String checkInCode(Actor actor, long eventId) {
        return registrationOf(actor.personId(), eventId)
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED)
                .map(Registration::getCheckInCode)
                .orElseThrow(() -> new EventNotFoundException("confirmed registration for event " + eventId));
    }

    private Event visibleEvent(Actor actor, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || !rules.maySee(actor, visibility.audiencesOf(actor), event)) {
            throw new EventNotFoundException("event " + eventId);
        }
        return event;
    }

    private Optional<Registration> registrationOf(long personId, long eventId) {
        return em.createQuery("select r from Registration r where r.personId = :person and r.event.id = :event",
                        Registration.class)
                .setParameter("person", personId)
                .setParameter("event", eventId)
                .getResultStream().findFirst();
    }

    private RegistrationView view(Registration registration) {
        Person person = em.find(Person.class, registration.getPersonId());
        long place = registration.getStatus() == RegistrationStatus.WAITING ? seats.placeInLine(registration) : 0;
        return new RegistrationView(registration, person.getName(), place);
    }
}
