package org.gongxue.forum.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gongxue.forum.model.MailSetting;
import org.gongxue.people.model.Person;
import org.gongxue.platform.access.Actor;

/** Each person's choice of forum e-mail: one per notification, a daily digest, both or neither. */
@ApplicationScoped
@Transactional
public class MailPreferences {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumMailer mailer;

    public MailChoice of(Actor actor) {
        MailSetting setting = mailer.setting(actor.personId());
        Person person = em.find(Person.class, actor.personId());
        return new MailChoice(setting.isEachNotification(), setting.isDailyDigest(),
                person != null && person.getEmail() != null && !person.getEmail().isBlank());
    }

    public MailChoice choose(Actor actor, boolean eachNotification, boolean dailyDigest) {
        MailSetting setting = em.find(MailSetting.class, actor.personId());
        if (setting == null) {
            setting = new MailSetting(actor.personId());
            em.persist(setting);
        }
        setting.setEachNotification(eachNotification);
        setting.setDailyDigest(dailyDigest);
        return of(actor);
    }

    /**
     * What a person gets by e-mail, and whether they have an address to get it at.
     *
     * @param eachNotification one e-mail per notification
     * @param dailyDigest      one e-mail a day listing the unread notifications
     * @param hasAddress       whether the person's profile has an e-mail address (else nothing is sent)
     */
    public record MailChoice(boolean eachNotification, boolean dailyDigest, boolean hasAddress) {}
}
