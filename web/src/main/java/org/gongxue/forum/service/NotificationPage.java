package org.gongxue.forum.service;

import java.util.List;

/** One page of a person's notifications, newest first, with how many there are and how many are unread. */
public class NotificationPage {

    private final List<NotificationView> notifications;
    private final long total;
    private final long unread;

    NotificationPage(List<NotificationView> notifications, long total, long unread) {
        this.notifications = List.copyOf(notifications);
        this.total = total;
        this.unread = unread;
    }

    public List<NotificationView> getNotifications() {
        return notifications;
    }

    public long getTotal() {
        return total;
    }

    public long getUnread() {
        return unread;
    }
}
