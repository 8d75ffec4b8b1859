package org.gongxue.events.service.room;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.platform.time.ZoneClock;

/**
 * Every five minutes, on every server: sends the event reminders that are due. Not a persistent
 * timer: each server has its own, and the reminders' records keep them from being sent twice.
 */
@Singleton
public class EventReminderTimer {

    private static final Logger LOG = Logger.getLogger(EventReminderTimer.class.getName());

    @Inject
    EventReminders reminders;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void tick() {
        try {
            reminders.sendDue(ZoneClock.now());
        } catch (RuntimeException e) {
            // The database away for a moment must not end the timer: the next tick tries again.
            LOG.log(Level.WARNING, "Could not send event reminders: " + e.getMessage(), e);
        }
    }
}
