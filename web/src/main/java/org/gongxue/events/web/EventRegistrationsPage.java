package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.RegistrationRefusedException;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.web.PageMessages;
import org.gongxue.platform.web.PageRequests;

/**
 * An event's registrations for administrators ({@code events/registrations.xhtml?id=…}): the
 * organisers see everyone with attendance; each locality's administrators see and decide on their
 * own locality's registrations.
 */
@Named
@ViewScoped
public class EventRegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    EventCatalog catalog;

    @Inject
    RegistrationService registrations;

    private String id;
    private EventView event;
    private List<RegistrationView> rows = List.of();

    /** The view action. */
    public void load() throws IOException {
        OptionalLong eventId = PageRequests.positive(id);
        try {
            if (eventId.isEmpty()) {
                throw new EventNotFoundException(id);
            }
            event = catalog.find(actor.require(), eventId.getAsLong());
            rows = registrations.ofEvent(actor.require(), event.getId());
        } catch (EventNotFoundException | AccessDeniedException e) {
            PageRequests.notFound();
        }
    }

    public void approve(long registrationId) {
        decide(registrationId, true);
    }

    public void reject(long registrationId) {
        decide(registrationId, false);
    }

    private void decide(long registrationId, boolean approve) {
        try {
            registrations.decide(actor.require(), registrationId, approve);
            PageMessages.info(approve ? "events.registrations.approved" : "events.registrations.rejected");
        } catch (RegistrationRefusedException e) {
            PageMessages.refused(e.messageKey());
        } catch (EventNotFoundException e) {
            PageMessages.refused("events.notFound");
        }
        rows = registrations.ofEvent(actor.require(), event.getId());
    }

    public long getAttended() {
        return rows.stream().filter(RegistrationView::isCheckedIn).count();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EventView getEvent() {
        return event;
    }

    public List<RegistrationView> getRows() {
        return rows;
    }
}
