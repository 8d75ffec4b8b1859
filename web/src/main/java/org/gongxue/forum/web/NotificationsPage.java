package org.gongxue.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.gongxue.forum.service.NotificationPage;
import org.gongxue.forum.service.NotificationService;
import org.gongxue.forum.service.mail.MailPreferences;
import org.gongxue.people.service.CurrentActor;

/** The signed-in person's notifications ({@code forum/notifications.xhtml?page=…}), newest first. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Inject
    NotificationService notifications;

    @Inject
    MailPreferences mail;

    private int page;
    private NotificationPage shown;
    private MailPreferences.MailChoice mailChoice;
    private boolean mailEach;
    private boolean mailDigest;

    public void load() {
        shown = notifications.list(currentActor.require(), page);
        mailChoice = mail.of(currentActor.require());
        mailEach = mailChoice.eachNotification();
        mailDigest = mailChoice.dailyDigest();
    }

    /** Saves what the person wants by e-mail. */
    public String saveMail() {
        mail.choose(currentActor.require(), mailEach, mailDigest);
        ForumFaces.keepMessages();
        ForumFaces.info("forum.mail.saved");
        return "/forum/notifications?faces-redirect=true";
    }

    /** Whether the person's profile has an e-mail address to send to. */
    public boolean isMailAddressKnown() {
        return mailChoice.hasAddress();
    }

    public boolean isMailEach() {
        return mailEach;
    }

    public void setMailEach(boolean mailEach) {
        this.mailEach = mailEach;
    }

    public boolean isMailDigest() {
        return mailDigest;
    }

    public void setMailDigest(boolean mailDigest) {
        this.mailDigest = mailDigest;
    }

    public String markAllRead() {
        ForumFaces.change(() -> notifications.markAllRead(currentActor.require()), Map.of());
        return "/forum/notifications?faces-redirect=true";
    }

    public NotificationPage getShown() {
        return shown;
    }

    public int getPageCount() {
        return (int) Math.max(1, (shown.getTotal() + NotificationService.PAGE_SIZE - 1) / NotificationService.PAGE_SIZE);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
