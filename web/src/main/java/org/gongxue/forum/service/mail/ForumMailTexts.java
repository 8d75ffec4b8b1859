package org.gongxue.forum.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.gongxue.forum.service.NotificationView;
import org.gongxue.platform.i18n.Language;
import org.gongxue.platform.i18n.Messages;
import org.gongxue.platform.mail.MailSettings;

/**
 * The words of the forum's e-mails, from the message bundles in the platform's default language
 * (people have no language of their own yet); links point at the site's address.
 */
@ApplicationScoped
public class ForumMailTexts {

    private static final Locale LANGUAGE = Language.defaultLanguage().getLocale();

    @Inject
    MailSettings settings;

    /** What happened, as the notifications page says it: the subject of a notification's e-mail. */
    String notice(NotificationView notification) {
        return text("forum.notice." + notification.getKind(), notification.getActorName(), notification.getThreadTitle());
    }

    String noticeBody(String name, NotificationView notification) {
        return text("forum.mail.greeting", name) + "\n\n" + notice(notification) + "\n"
                + link(notification) + "\n\n" + text("forum.mail.footer", settings.siteUrl() + "forum/notifications.xhtml");
    }

    String digestSubject(int count) {
        return text("forum.mail.digestSubject", count);
    }

    String digestBody(String name, List<NotificationView> notifications) {
        StringBuilder body = new StringBuilder(text("forum.mail.greeting", name)).append("\n\n")
                .append(text("forum.mail.digestIntro", notifications.size())).append("\n\n");
        for (NotificationView notification : notifications) {
            body.append("· ").append(notice(notification)).append("\n  ").append(link(notification)).append("\n");
        }
        return body.append("\n").append(text("forum.mail.footer", settings.siteUrl() + "forum/notifications.xhtml"))
                .toString();
    }

    private String link(NotificationView notification) {
        return settings.siteUrl() + notification.getLink().substring(1);
    }

    private static String text(String key, Object... arguments) {
        return new MessageFormat(Messages.text(LANGUAGE, key), LANGUAGE).format(arguments);
    }
}
