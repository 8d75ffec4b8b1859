package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.ReplyDraft;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.mail.DailyDigest;
import org.gongxue.forum.service.mail.MailPreferences;
import org.gongxue.people.service.Actors;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonDraft;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.outbox.OutboxStatus;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forum's e-mail through WildFly's mail session, written to the data folder's mail/ as the
 * embedded default does: a mention reaches the mentioned person's inbox, a daily digest lists
 * what they have not read, once a day, and a person who turned e-mail off gets none.
 */
@ExtendWith(ArquillianExtension.class)
class ForumMailIT {

    /** How long the outbox may take to send (a bound on waiting, not an expectation). */
    private static final Duration SENDING = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(ForumMailIT.class);
    }

    @Inject
    PeopleService people;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    MailPreferences preferences;

    @Inject
    DailyDigest digest;

    @Inject
    Actors actors;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void aMentionIsMailedADigestListsWhatIsUnreadAndNoOneGetsWhatTheyTurnedOff() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        Actor writer = person("mail.a." + run, "王建国", "a" + run + "@example.org");
        Actor reader = person("mail.b." + run, "李文静", "b" + run + "@example.org");
        long space = spaces.create(actor("platform.admin"), new SpaceDraft("邮件提醒" + run, null, SpaceKind.OPEN_FORUM,
                SpaceVisibility.ZONE, "ZONE")).getId();
        preferences.choose(reader, true, true);
        preferences.choose(writer, false, false);

        long thread = discussions.start(writer, space, "关于邮件提醒的测试", "<p>请 @" + reader.username() + " 看一下。</p>")
                .getId();
        MimeMessage mention = awaitMailTo("b" + run + "@example.org", 1).get(0);
        assertThat(mention.getSubject()).isEqualTo("王建国 在“关于邮件提醒的测试”中提到了您");
        assertThat((String) mention.getContent()).startsWith("李文静，您好：")
                .contains("forum/thread.xhtml?id=" + thread + "&page=0#post-1");
        assertThat(mention.getFrom()[0].toString()).isEqualTo("noreply@gongxue.local");

        assertThat(digest.askForToday()).isPositive();
        List<MimeMessage> both = awaitMailTo("b" + run + "@example.org", 2);
        assertThat(both).extracting(MimeMessage::getSubject).contains("共学讨论区：您有 1 条未读通知");
        assertThat(digestSentToday(reader)).as("one digest a day, whatever the retries").isTrue();

        long reply = discussions.reply(reader, thread, new ReplyDraft("<p>收到。</p>",
                discussions.posts(reader, thread, 0).getPosts().get(0).getId(), "看一下", null, null)).getId();
        awaitMailEventsDone();
        assertThat(reply).isPositive();
        assertThat(mailsTo("a" + run + "@example.org")).as("the writer turned e-mail off").isEmpty();
    }

    private Actor person(String username, String name, String email) {
        people.create(actor("platform.admin"), new PersonDraft(username, name, "ZONE", null, null, null, email,
                Set.of(Role.EXPERT), "Start2026x"));
        return actor(username);
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }

    private boolean digestSentToday(Actor person) {
        return em.createQuery("select count(s) from MailSetting s where s.personId = :me and s.digestSentOn is not null",
                Long.class).setParameter("me", person.personId()).getSingleResult() == 1;
    }

    /** Waits until no forum e-mail waits in the outbox: everything there is to send was sent (or skipped). */
    private void awaitMailEventsDone() throws InterruptedException {
        Instant giveUp = Instant.now().plus(SENDING);
        while (pendingMailEvents() > 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(300);
        }
        assertThat(pendingMailEvents()).isZero();
    }

    private long pendingMailEvents() {
        return em.createQuery("select count(e) from OutboxEvent e where e.topic = 'forum.mail' and e.status <> :done",
                Long.class).setParameter("done", OutboxStatus.DONE).getSingleResult();
    }

    private List<MimeMessage> awaitMailTo(String address, int count) throws Exception {
        Instant giveUp = Instant.now().plus(SENDING);
        List<MimeMessage> found = mailsTo(address);
        while (found.size() < count && Instant.now().isBefore(giveUp)) {
            Thread.sleep(300);
            found = mailsTo(address);
        }
        assertThat(found).as("e-mails to " + address).hasSize(count);
        return found;
    }

    /** The messages in the mail folder addressed to this address, oldest first. */
    private static List<MimeMessage> mailsTo(String address) throws IOException, MessagingException {
        Path folder = Path.of(System.getProperty("gongxue.data.dir"), "mail");
        List<MimeMessage> messages = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return messages;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                    if (message.getAllRecipients()[0].toString().equals(address)) {
                        messages.add(message);
                    }
                }
            }
        }
        return messages;
    }
}
