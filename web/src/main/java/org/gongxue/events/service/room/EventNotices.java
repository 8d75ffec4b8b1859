package org.gongxue.events.service.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongxue.events.model.Registration;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.forum.model.NotificationKind;
import org.gongxue.forum.service.NotificationService;

/**
 * Tells registrants about their events through the forum's in-app notifications (same list, same
 * unread count), in the caller's transaction: a notice is written with the change it reports.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventNotices {

    static final int MAX_SUBJECT = 200;

    @Inject
    NotificationService notifications;

    /** A waiting registration got a seat: confirmed, or held for the locality's approval. */
    public void movedUp(Registration registration) {
        tell(registration, registration.getStatus() == RegistrationStatus.CONFIRMED
                ? NotificationKind.EVENT_SEATED : NotificationKind.EVENT_SEAT_HELD);
    }

    void tell(Registration registration, NotificationKind kind) {
        String title = registration.getEvent().getTitle();
        notifications.notice(registration.getPersonId(), kind,
                title.length() > MAX_SUBJECT ? title.substring(0, MAX_SUBJECT) : title,
                "/events/event.xhtml?id=" + registration.getEvent().getId());
    }
}
