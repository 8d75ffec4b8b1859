package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;
import org.gongxue.events.service.CheckInResult;
import org.gongxue.events.service.CheckInService;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.RegistrationRefusedException;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.web.PageMessages;
import org.gongxue.platform.web.PageRequests;

/**
 * Check-in at the door ({@code events/check-in.xhtml?id=…}) on the organiser's phone: the camera
 * reads a QR code where the browser can (check-in.js), or a scanner or the keyboard types the code;
 * the page says whose registration it is, or why it is refused. Only the event's organisers open it.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    EventCatalog catalog;

    @Inject
    CheckInService checkIns;

    private String id;
    private EventView event;
    private String code;
    private CheckInResult result;

    /** The view action: the event's organisers only; anyone else finds nothing here. */
    public void load() throws IOException {
        OptionalLong eventId = PageRequests.positive(id);
        try {
            if (eventId.isEmpty()) {
                throw new EventNotFoundException(id);
            }
            event = catalog.find(actor.require(), eventId.getAsLong());
        } catch (EventNotFoundException e) {
            PageRequests.notFound();
            return;
        }
        if (!event.isOrganizable()) {
            PageRequests.notFound();
        }
    }

    public void checkIn() {
        result = null;
        try {
            result = checkIns.checkIn(actor.require(), event.getId(), code);
        } catch (RegistrationRefusedException e) {
            PageMessages.refused(e.messageKey());
        }
        // Ready for the next person in the line.
        code = null;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CheckInResult getResult() {
        return result;
    }
}
