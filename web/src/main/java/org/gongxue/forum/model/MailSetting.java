package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What a person wants of the forum by e-mail; a person without a row has the defaults. */
@Entity
@Table(name = "forum_mail_setting")
public class MailSetting {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "each_notification", nullable = false)
    private boolean eachNotification = true;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Column(name = "digest_sent_on")
    private LocalDate digestSentOn;

    protected MailSetting() {
    }

    /** The defaults: a message for each notification, no digest. */
    public MailSetting(long personId) {
        this.personId = personId;
    }

    public long getPersonId() {
        return personId;
    }

    public boolean isEachNotification() {
        return eachNotification;
    }

    public void setEachNotification(boolean eachNotification) {
        this.eachNotification = eachNotification;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    public LocalDate getDigestSentOn() {
        return digestSentOn;
    }

    public void setDigestSentOn(LocalDate digestSentOn) {
        this.digestSentOn = digestSentOn;
    }
}
