package org.gongxue.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Sends a plain-text e-mail through WildFly's mail session ({@code java:jboss/mail/Default},
 * whose relay and sender the server reads from {@code GONGXUE_SMTP_*} and
 * {@code GONGXUE_MAIL_FROM}), or writes it to the mail folder (see {@link MailSettings}).
 * Called from outbox handlers: a failure is thrown, and the outbox tries again.
 */
@ApplicationScoped
public class Mailer {

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Inject
    MailSettings settings;

    public void send(String to, String subject, String text) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session);
        // The sender the server configured for its mail session (mail.from).
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(Instant.now()));
        if (settings.writesToFolder()) {
            write(message);
        } else {
            Transport.send(message);
        }
    }

    /** Writes the message whole or not at all: readers of the folder never see half a file. */
    private void write(MimeMessage message) throws IOException, MessagingException {
        Path folder = Files.createDirectories(settings.folder());
        String name = Instant.now().toEpochMilli() + "-" + UUID.randomUUID();
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.saveChanges();
            message.writeTo(out);
        }
        Files.move(partial, folder.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
    }
}
