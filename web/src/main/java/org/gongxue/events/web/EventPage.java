package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.QrCodes;
import org.gongxue.events.service.RegistrationRefusedException;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.web.PageMessages;
import org.gongxue.platform.web.PageRequests;

/**
 * One event ({@code events/event.xhtml?id=…}): what, when, where, who speaks, seats per locality;
 * registering and cancelling; the reader's QR code once confirmed; links for its organisers. An
 * event the reader may not see answers 404, exactly as one that does not exist.
 */
@Named
@ViewScoped
public class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    EventCatalog catalog;

    @Inject
    RegistrationService registrations;

    @Inject
    QrCodes qrCodes;

    private String id;
    private EventView event;
    private RegistrationView mine;

    /** The view action. */
    public void load() throws IOException {
        OptionalLong eventId = PageRequests.positive(id);
        if (eventId.isEmpty()) {
            PageRequests.notFound();
            return;
        }
        try {
            refresh(eventId.getAsLong());
        } catch (EventNotFoundException e) {
            PageRequests.notFound();
        }
    }

    public void register() {
        try {
            RegistrationView registration = registrations.register(actor.require(), event.getId());
            PageMessages.info("events.page.registered." + registration.getStatus());
        } catch (RegistrationRefusedException e) {
            PageMessages.refused(e.messageKey());
        } catch (AccessDeniedException e) {
            PageMessages.refused("events.page.cadresOnly");
        }
        refresh(event.getId());
    }

    public void cancel() {
        try {
            registrations.cancel(actor.require(), event.getId());
            PageMessages.info("events.page.cancelled");
        } catch (RegistrationRefusedException e) {
            PageMessages.refused(e.messageKey());
        }
        refresh(event.getId());
    }

    private void refresh(long eventId) {
        event = catalog.find(actor.require(), eventId);
        mine = registrations.mine(actor.require(), eventId).orElse(null);
    }

    /** Registration is offered to cadres while the event is ahead and they hold no registration. */
    public boolean isRegistrationOpen() {
        return actor.require().has(Role.CADRE) && event.getStatus() == EventStatus.SCHEDULED
                && event.getStartsAt().isAfter(ZoneClock.now()) && (mine == null || !mine.getStatus().isActive());
    }

    public boolean isCancellable() {
        return mine != null && mine.getStatus().isActive();
    }

    /** The code of the reader's confirmed registration, the QR code's content; null until the seat is confirmed. */
    public String getCheckInCode() {
        if (mine == null || mine.getStatus() != RegistrationStatus.CONFIRMED) {
            return null;
        }
        return registrations.checkInCode(actor.require(), event.getId());
    }

    /** The QR code to show at the door, as inline SVG drawn by the server. */
    public String qrCode(String checkInCode) {
        return qrCodes.svg(checkInCode, PageMessages.text("events.registration.qr.label"));
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

    public RegistrationView getMine() {
        return mine;
    }
}
