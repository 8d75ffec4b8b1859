package org.gongxue.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongxue.forum.service.NotificationService;
import org.gongxue.people.service.CurrentActor;

/** The unread count beside the notifications link in the header, counted once per request. */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    CurrentActor currentActor;

    @Inject
    NotificationService notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = currentActor.get().map(notifications::unreadCount).orElse(0L);
        }
        return count;
    }
}
