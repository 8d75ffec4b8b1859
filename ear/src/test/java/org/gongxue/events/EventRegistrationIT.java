package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.ChairTermDraft;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventDraft;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.EventService;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.QuotaView;
import org.gongxue.events.service.RegistrationRefusedException;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.events.service.SeriesService;
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
 * The rotating chair decides who organizes shared events; locality administrators organize only
 * their own; cadres register against their locality's quota, wait in line when it is full, move up
 * when a seat frees, and are refused (with nothing changed) when registering twice or over quota.
 */
@ExtendWith(ArquillianExtension.class)
class EventRegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(EventRegistrationIT.class);
    }

    @Inject
    ChairCalendar chair;

    @Inject
    SeriesService series;

    @Inject
    EventService events;

    @Inject
    EventCatalog catalog;

    @Inject
    RegistrationService registrations;

    @Inject
    PeopleService people;

    @Inject
    Actors actors;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void theChairOrganizesSharedEventsOfItsPeriodOnly() {
        LocalDate first = freeWeek();
        chair.addTerm(actor("platform.admin"), new ChairTermDraft("WUJIANG", first, first.plusDays(6)));
        EventDraft shared = draft("ZONE", first.plusDays(2).atTime(14, 0), Map.of("QINGPU", 5, "WUJIANG", 5), 0, false);

        assertThatThrownBy(() -> events.create(actor("admin.qingpu"), shared)).isInstanceOf(AccessDeniedException.class);
        long event = events.create(actor("admin.wujiang"), shared);
        assertThat(catalog.find(actor("admin.wujiang"), event).isOrganizable()).isTrue();
        assertThat(chair.on(first.plusDays(3)).orElseThrow().getLocalityCode()).isEqualTo("WUJIANG");
        assertThatThrownBy(() -> chair.addTerm(actor("platform.admin"),
                new ChairTermDraft("JIASHAN", first.plusDays(6), first.plusDays(20))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("chair.term.overlaps"));
        assertThatThrownBy(() -> chair.addTerm(actor("admin.wujiang"),
                new ChairTermDraft("WUJIANG", first.plusDays(30), first.plusDays(40))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorCannotEditAnotherLocalitysEventAndNothingChanges() {
        long event = events.create(actor("admin.qingpu"),
                draft("QINGPU", soon(), Map.of("QINGPU", 10), 0, false));
        EventDraft takeover = draft("WUJIANG", soon(), Map.of("WUJIANG", 10), 0, false);

        assertThatThrownBy(() -> events.update(actor("admin.wujiang"), event, takeover))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.create(actor("cadre.qingpu"), takeover)).isInstanceOf(AccessDeniedException.class);
        EventView unchanged = catalog.find(actor("admin.qingpu"), event);
        assertThat(unchanged.getHostLocalityCode()).isEqualTo("QINGPU");
        assertThat(unchanged.getQuotas()).extracting(q -> q.getLocalityCode()).containsExactly("QINGPU");
    }

    @Test
    void badDraftsAreRefusedWithEveryProblemAndNothingIsWritten() {
        long before = eventCount();
        EventDraft bad = new EventDraft(grandClassroom(), " ", null, soon(), soon().minusHours(1), null,
                "ftp://example", "NOWHERE", "nonsense", false, -1, Map.of("QINGPU", -3), List.of(999_999L), null);

        assertThatThrownBy(() -> events.create(actor("admin.qingpu"), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactlyInAnyOrder("events.event.title.required",
                                "events.event.time.order", "events.event.onlineUrl.invalid",
                                "events.event.host.invalid", "events.event.audience.invalid",
                                "events.event.waitingLimit.invalid", "events.event.quota.invalid"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void cadresRegisterUntilFullAndACancellationMovesTheFirstWaitingUp() {
        long event = events.create(actor("admin.qingpu"),
                draft("QINGPU", soon(), Map.of("QINGPU", 1, "WUJIANG", 1), 1, false));
        Actor first = cadre("QINGPU");
        Actor second = cadre("QINGPU");
        Actor third = cadre("QINGPU");

        assertThat(registrations.register(first, event).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        RegistrationView waiting = registrations.register(second, event);
        assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(waiting.getPlaceInLine()).isEqualTo(1);
        assertThat(registrations.register(cadre("WUJIANG"), event).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);

        refused(() -> registrations.register(first, event), "events.registration.already");
        refused(() -> registrations.register(third, event), "events.registration.full");
        refused(() -> registrations.register(cadre("JIASHAN"), event), "events.registration.noSeats");
        assertThat(registrations.mine(third, event)).isEmpty();
        assertThat(catalog.find(first, event).getQuotas())
                .extracting(QuotaView::getLocalityCode, QuotaView::getTaken, QuotaView::getWaiting)
                .containsExactly(tuple("QINGPU", 1L, 1L), tuple("WUJIANG", 1L, 0L));

        registrations.cancel(first, event);

        assertThat(registrations.mine(second, event).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.mine(first, event).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        refused(() -> registrations.cancel(first, event), "events.registration.notRegistered");
        // Registering again after cancelling joins the end of the line.
        assertThat(registrations.register(first, event).getStatus()).isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void twoCadresTakingTheLastSeatAtOnceGetOneSeat() throws Exception {
        long event = events.create(actor("admin.jiashan"), draft("JIASHAN", soon(), Map.of("JIASHAN", 1), 0, false));
        List<Actor> cadres = List.of(cadre("JIASHAN"), cadre("JIASHAN"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Actor cadre : cadres) {
                Callable<String> attempt = () -> {
                    start.await();
                    try {
                        return registrations.register(cadre, event).getStatus().name();
                    } catch (RegistrationRefusedException e) {
                        return e.messageKey();
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("CONFIRMED", "events.registration.full");
        } finally {
            pool.shutdownNow();
        }
        assertThat(registrations.ofEvent(actor("admin.jiashan"), event))
                .extracting(RegistrationView::getStatus).containsExactly(RegistrationStatus.CONFIRMED);
    }

    @Test
    void theRegistrantsLocalityAdministratorApprovesAndARejectionFreesTheSeat() {
        long event = events.create(actor("admin.qingpu"),
                draft("QINGPU", soon(), Map.of("QINGPU", 2, "WUJIANG", 1), 1, true));
        Actor wujiangCadre = cadre("WUJIANG");
        Actor nextInLine = cadre("WUJIANG");
        RegistrationView pending = registrations.register(wujiangCadre, event);
        assertThat(pending.getStatus()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(registrations.register(nextInLine, event).getStatus()).isEqualTo(RegistrationStatus.WAITING);

        assertThatThrownBy(() -> registrations.decide(actor("admin.qingpu"), pending.getId(), true))
                .isInstanceOf(EventNotFoundException.class);
        assertThat(registrations.ofEvent(actor("admin.jiashan"), event)).isEmpty();
        assertThat(registrations.ofEvent(actor("admin.wujiang"), event)).hasSize(2);

        registrations.decide(actor("admin.wujiang"), pending.getId(), false);

        assertThat(registrations.mine(wujiangCadre, event).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.REJECTED);
        RegistrationView movedUp = registrations.mine(nextInLine, event).orElseThrow();
        assertThat(movedUp.getStatus()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(registrations.decide(actor("admin.wujiang"), movedUp.getId(), true).getStatus())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        refused(() -> registrations.decide(actor("admin.wujiang"), movedUp.getId(), false),
                "events.registration.notPending");
    }

    @Test
    void aLargerQuotaMovesWaitingCadresUp() {
        Actor admin = actor("admin.wujiang");
        long event = events.create(admin, draft("WUJIANG", soon(), Map.of("WUJIANG", 1), 5, false));
        registrations.register(cadre("WUJIANG"), event);
        Actor waiting = cadre("WUJIANG");
        registrations.register(waiting, event);

        events.update(admin, event, draft("WUJIANG", soon(), Map.of("WUJIANG", 2), 5, false));

        assertThat(registrations.mine(waiting, event).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    private static void refused(Runnable attempt, String messageKey) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(RegistrationRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private EventDraft draft(String host, LocalDateTime startsAt, Map<String, Integer> quotas, int waitingLimit,
                             boolean approval) {
        return new EventDraft(grandClassroom(), "长三角一体化的制度创新", "示范区大课堂第十二讲", startsAt,
                startsAt.plusHours(2), "青浦区委党校报告厅", null, host, "zone", approval, waitingLimit, quotas, List.of(),
                null);
    }

    private long grandClassroom() {
        return series.all().stream().filter(s -> "GRAND_CLASSROOM".equals(s.getCode())).findFirst().orElseThrow().getId();
    }

    private static LocalDateTime soon() {
        return LocalDate.now().plusDays(20).atTime(9, 30);
    }

    /** A week no other run of this test has chaired: terms may not overlap, and the test database lives on. */
    private static LocalDate freeWeek() {
        return LocalDate.of(2100, 1, 4).plusWeeks(ThreadLocalRandom.current().nextInt(0, 50_000));
    }

    private Actor cadre(String locality) {
        String username = "cadre.ev" + System.nanoTime();
        people.create(actor("platform.admin"), new PersonDraft(username, "报名学员", locality, null, null, null, null,
                Set.of(Role.CADRE), "Registration2026"));
        return actor(username);
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }

    private long eventCount() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }
}
