package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.gongxue.events.model.EventKind;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventDraft;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.EventService;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.SeriesService;
import org.gongxue.events.service.room.EventMinutesService;
import org.gongxue.events.service.room.EventReminders;
import org.gongxue.events.service.room.EventRoomView;
import org.gongxue.events.service.room.EventRooms;
import org.gongxue.events.service.room.MinutesView;
import org.gongxue.forum.model.NotificationKind;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.MemberView;
import org.gongxue.forum.service.NotificationService;
import org.gongxue.forum.service.NotificationView;
import org.gongxue.forum.service.ReplyDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.forum.service.search.ForumSearch;
import org.gongxue.library.LibraryFixtures;
import org.gongxue.people.service.Actors;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonDraft;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every event's discussion space: opened once with the event and shown to its audience only, a
 * cancelled event's space readable but closed; salons and symposiums as rooms of invited members
 * (outsiders neither see nor register), their summary published after the meeting to members
 * only; reminders sent once per registration and kind, driven with a given clock.
 */
@ExtendWith(ArquillianExtension.class)
class EventRoomsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(EventRoomsIT.class, LibraryFixtures.class,
                LibraryFixtures.CourseWithLecture.class);
    }

    @Inject
    SeriesService series;

    @Inject
    EventService events;

    @Inject
    EventCatalog catalog;

    @Inject
    RegistrationService registrations;

    @Inject
    EventRooms rooms;

    @Inject
    EventMinutesService minutes;

    @Inject
    EventReminders reminders;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Inject
    NotificationService notifications;

    @Inject
    ForumSearch forumSearch;

    @Inject
    PeopleService people;

    @Inject
    Actors actors;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void aLecturesSpaceOpensOnceWithItIsShownToItsAudienceAndClosesWhenItIsCancelled() {
        Actor organiser = actor("admin.qingpu");
        long event = events.create(organiser, draft("QINGPU", EventKind.LECTURE, "locality:QINGPU", inDays(20)));
        Actor insider = cadre("QINGPU");
        Actor outsider = cadre("WUJIANG");

        EventRoomView room = rooms.roomOf(insider, event).orElseThrow();
        SpaceView space = spaces.find(insider, room.getSpaceId());
        assertThat(space.getKind()).isEqualTo(SpaceKind.EVENT_QUESTIONS);
        assertThat(spaces.find(organiser, room.getSpaceId()).isModeratable()).isTrue();
        assertThatThrownBy(() -> rooms.roomOf(outsider, event)).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> spaces.find(outsider, room.getSpaceId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussions.start(outsider, room.getSpaceId(), "外地提问", "<p>能参加吗？</p>"))
                .isInstanceOf(AccessDeniedException.class);
        long question = discussions.start(insider, room.getSpaceId(), "关于制度创新的提问", "<p>请讲讲案例。</p>").getId();

        events.update(organiser, event, draft("QINGPU", EventKind.LECTURE, "locality:QINGPU", inDays(21)));
        assertThat(rooms.roomOf(insider, event).orElseThrow().getSpaceId()).isEqualTo(room.getSpaceId());
        assertThat(em.createQuery("select count(r) from EventRoom r where r.eventId = :e", Long.class)
                .setParameter("e", event).getSingleResult()).isEqualTo(1L);
        assertThatThrownBy(() -> events.update(organiser, event, draft("QINGPU", EventKind.SALON, "zone", inDays(21))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("events.room.kindFixed"));

        events.cancel(organiser, event);

        assertThat(rooms.roomOf(insider, event).orElseThrow().isClosed()).isTrue();
        assertThat(discussions.threads(insider, room.getSpaceId(), 0, 20).getThreads()).hasSize(1);
        assertThatThrownBy(() -> discussions.start(insider, room.getSpaceId(), "还办吗", "<p>改期了吗？</p>"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).contains("forum.problem.spaceClosed"));
        assertThat(discussions.reply(organiser, question,
                ReplyDraft.of("<p>将另行通知。</p>"))).isNotNull();
    }

    @Test
    void aNarrowerAudienceReachesTheSearchEntriesOfTheQuestionsAlreadyAsked() {
        Actor organiser = actor("admin.qingpu");
        long event = events.create(organiser, draft("QINGPU", EventKind.LECTURE, "zone", inDays(30)));
        Actor insider = cadre("QINGPU");
        Actor outsider = cadre("WUJIANG");
        String word = LibraryFixtures.uniqueWord();
        long space = rooms.roomOf(insider, event).orElseThrow().getSpaceId();
        discussions.start(outsider, space, "关于" + word + "的提问", "<p>" + word + "怎样落地？</p>");
        LibraryFixtures.await(() -> forumSearch.search(outsider, word, 0, 10).getThreadCount() == 1,
                () -> "the question found by the zone");

        events.update(organiser, event, draft("QINGPU", EventKind.LECTURE, "locality:QINGPU", inDays(30)));

        LibraryFixtures.await(() -> forumSearch.search(outsider, word, 0, 10).getThreadCount() == 0,
                () -> "the question out of the Wujiang cadre's search");
        assertThat(forumSearch.search(insider, word, 0, 10).getThreadCount()).isEqualTo(1);
    }

    @Test
    void aSalonsUninvitedCadreNeitherSeesItsRoomNorRegisters() {
        Actor organiser = actor("admin.jiashan");
        long salon = events.create(organiser, draft("JIASHAN", EventKind.SALON, "zone", inDays(10)));
        Actor uninvited = cadre("JIASHAN");
        String invitedName = cadre("JIASHAN").username();
        rooms.invite(organiser, salon, invitedName);
        Actor invited = latest(invitedName);
        rooms.setTopic(organiser, salon, "党校如何服务一体化发展");
        EventRoomView room = rooms.roomOf(invited, salon).orElseThrow();

        assertThat(room.getTopic()).isEqualTo("党校如何服务一体化发展");
        assertThat(spaces.find(invited, room.getSpaceId()).getKind()).isEqualTo(SpaceKind.SALON);
        assertThat(catalog.find(invited, salon).getAudience()).startsWith("group:");
        assertThat(rooms.members(invited, salon)).extracting(MemberView::getUsername)
                .contains(invited.username(), "admin.jiashan").doesNotContain(uninvited.username());
        assertThatThrownBy(() -> catalog.find(uninvited, salon)).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> rooms.roomOf(uninvited, salon)).isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> spaces.find(uninvited, room.getSpaceId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.register(uninvited, salon)).isInstanceOf(EventNotFoundException.class);
        assertThat(registrations.mine(uninvited, salon)).isEmpty();
        assertThat(registrations.register(invited, salon).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> rooms.invite(actor("admin.qingpu"), salon, uninvited.username()))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> rooms.invite(organiser, salon, "nobody.like.this"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rooms.members(invited, salon)).extracting(MemberView::getUsername)
                .doesNotContain(uninvited.username());
    }

    @Test
    void aSummaryIsPublishedAfterTheMeetingToItsMembersOnlyAndKeepsItsVersions() {
        Actor organiser = actor("admin.wujiang");
        LocalDateTime threeDaysAgo = LocalDate.now().minusDays(3).atTime(9, 0);
        long past = events.create(organiser, draft("WUJIANG", EventKind.SYMPOSIUM, "zone", threeDaysAgo));
        long ahead = events.create(organiser, draft("WUJIANG", EventKind.SYMPOSIUM, "zone", inDays(5)));
        String memberName = cadre("WUJIANG").username();
        Actor outsider = cadre("WUJIANG");
        rooms.invite(organiser, past, memberName);
        rooms.invite(organiser, ahead, memberName);
        Actor member = latest(memberName);

        minutes.write(organiser, past, "一、与会专家意见");
        minutes.write(organiser, past, "一、与会专家意见\n二、下一步工作");
        assertThat(minutes.read(member, past)).isEmpty();
        assertThat(minutes.read(organiser, past).orElseThrow().getVersions()).hasSize(2);
        minutes.write(organiser, ahead, "会前议程");
        assertThatThrownBy(() -> minutes.publish(organiser, ahead))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("events.salon.minutes.notOver"));
        assertThatThrownBy(() -> minutes.write(organiser, past, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("events.salon.minutes.required"));
        assertThatThrownBy(() -> minutes.publish(member, past)).isInstanceOf(AccessDeniedException.class);

        minutes.publish(organiser, past);

        MinutesView read = minutes.read(member, past).orElseThrow();
        assertThat(read.getText()).isEqualTo("一、与会专家意见\n二、下一步工作");
        assertThat(read.isPublished()).isTrue();
        assertThat(read.getVersions()).hasSize(1);
        assertThat(minutes.read(organiser, past).orElseThrow().getVersions())
                .allSatisfy(version -> assertThat(version.getWriter()).isNotBlank());
        assertThatThrownBy(() -> minutes.read(outsider, past)).isInstanceOf(EventNotFoundException.class);
        assertThat(em.createQuery("""
                        select count(a) from AuditEntry a where a.target = :target
                        and a.action = org.gongxue.audit.model.AuditAction.EVENT_MINUTES_PUBLISHED""", Long.class)
                .setParameter("target", "event:" + past).getSingleResult()).isEqualTo(1L);
        assertThat(minutes.read(member, ahead)).isEmpty();
    }

    @Test
    void remindersGoOutOnceADayAndOnceAnHourBeforeAndAPromotionIsNotified() {
        Actor organiser = actor("admin.qingpu");
        LocalDateTime start = LocalDate.of(2100, 1, 4).plusWeeks(ThreadLocalRandom.current().nextInt(0, 50_000))
                .atTime(14, 0);
        long event = events.create(organiser, withSeats(draft("QINGPU", EventKind.LECTURE, "zone", start), 1, 1));
        Actor seated = cadre("QINGPU");
        Actor waiting = cadre("QINGPU");
        registrations.register(seated, event);
        registrations.register(waiting, event);

        assertThat(reminders.sendDue(start.minusHours(30))).isZero();
        assertThat(reminders.sendDue(start.minusHours(20))).isEqualTo(1);
        assertThat(reminders.sendDue(start.minusHours(19))).isZero();
        assertThat(notices(seated)).containsExactly(NotificationKind.EVENT_TOMORROW);
        assertThat(notices(waiting)).isEmpty();

        assertThat(sendAtOnce(start.minusMinutes(40), 2)).isEqualTo(1);
        assertThat(reminders.sendDue(start.minusMinutes(10))).isZero();
        assertThat(notices(seated)).containsExactlyInAnyOrder(NotificationKind.EVENT_TOMORROW, NotificationKind.EVENT_SOON);
        NotificationView soon = notifications.list(seated, 0).getNotifications().get(0);
        assertThat(soon.getLink()).isEqualTo("/events/event.xhtml?id=" + event);
        assertThat(soon.getThreadTitle()).isEqualTo(catalog.find(seated, event).getTitle());
        assertThat(notifications.unreadCount(seated)).isEqualTo(2);

        registrations.cancel(seated, event);

        assertThat(notices(waiting)).containsExactly(NotificationKind.EVENT_SEATED);
        assertThat(reminders.sendDue(start.minusMinutes(5))).isEqualTo(1);
        assertThat(notices(waiting)).containsExactlyInAnyOrder(NotificationKind.EVENT_SEATED,
                NotificationKind.EVENT_SOON);
    }

    /** Two servers' timers firing together: the reminders they send between them. */
    private int sendAtOnce(LocalDateTime now, int servers) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                Callable<Integer> timer = () -> {
                    start.await();
                    return reminders.sendDue(now);
                };
                sent.add(pool.submit(timer));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> each : sent) {
                total += each.get();
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<NotificationKind> notices(Actor actor) {
        return notifications.list(actor, 0).getNotifications().stream().map(NotificationView::getKind).toList();
    }

    private EventDraft draft(String host, EventKind kind, String audience, LocalDateTime startsAt) {
        return new EventDraft(grandClassroom(), "一体化发展沙龙 " + System.nanoTime() % 100_000, "问与答", startsAt,
                startsAt.plusHours(2), "青浦区委党校", null, host, audience, false, 5,
                Map.of("QINGPU", 5, "WUJIANG", 5, "JIASHAN", 5), List.of(), kind);
    }

    private EventDraft withSeats(EventDraft draft, int seats, int waiting) {
        return new EventDraft(draft.seriesId(), draft.title(), draft.summary(), draft.startsAt(), draft.endsAt(),
                draft.place(), draft.onlineUrl(), draft.hostLocalityCode(), draft.audience(), false, waiting,
                Map.of("QINGPU", seats), List.of(), draft.kind());
    }

    private long grandClassroom() {
        return series.all().stream().filter(s -> "GRAND_CLASSROOM".equals(s.getCode())).findFirst().orElseThrow().getId();
    }

    private static LocalDateTime inDays(int days) {
        return LocalDate.now().plusDays(days).atTime(9, 30);
    }

    private Actor cadre(String locality) {
        String username = "cadre.room" + System.nanoTime();
        people.create(actor("platform.admin"), new PersonDraft(username, "受邀学员", locality, null, null, null, null,
                Set.of(Role.CADRE), "Registration2026"));
        return actor(username);
    }

    /** The person as their next request sees them (an actor's groups are read when it is made). */
    private Actor latest(String username) {
        return actor(username);
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }
}
