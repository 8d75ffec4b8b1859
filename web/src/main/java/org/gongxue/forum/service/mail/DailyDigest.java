package org.gongxue.forum.service.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Every morning in the zone's time, asks for the digest of everyone who wants one. On several
 * servers each asks; the outbox records a pending event once per key, and the digest itself is
 * sent once per person and day (see {@link ForumMailer#sendDigest}).
 */
@Singleton
public class DailyDigest {

    static final ZoneId ZONE_TIME = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumMailEvents events;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void morning() {
        askForToday();
    }

    /** @return how many digests were asked for */
    public int askForToday() {
        LocalDate today = LocalDate.now(ZONE_TIME);
        var people = em.createQuery("""
                        select s.personId from MailSetting s
                        where s.dailyDigest = true and (s.digestSentOn is null or s.digestSentOn < :today)""", Long.class)
                .setParameter("today", today).getResultList();
        people.forEach(person -> events.digestDue(person, today));
        return people.size();
    }
}
