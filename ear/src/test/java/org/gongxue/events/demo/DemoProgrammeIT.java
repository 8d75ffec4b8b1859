package org.gongxue.events.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDateTime;
import java.util.List;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.MeetingCatalog;
import org.gongxue.chair.service.MeetingView;
import org.gongxue.chair.service.ResolutionView;
import org.gongxue.events.model.RegistrationStatus;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventCatalog.EventWindow;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.events.service.demo.DemoProgrammeSeeder;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.outbox.OutboxMessage;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo programme as a newcomer meets it on the embedded default: a chair today, lectures of
 * both series ahead, the demo cadres registered, a work meeting with resolutions under way. The
 * seeding runs in a transaction the test rolls back, so the other tests' events stay as they were;
 * the chair rotation is cleared inside it, as on the fresh installation the demo is meant for.
 */
@ExtendWith(ArquillianExtension.class)
class DemoProgrammeIT {

    private static final String NEXT_LECTURE = "示范区大课堂：一体化制度创新的路径与方法";
    private static final String APPROVED_LECTURE = "四新讲座：新质生产力与县域产业升级";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(DemoProgrammeIT.class);
    }

    @Inject
    DemoProgrammeSeeder seeder;

    @Inject
    ChairCalendar chair;

    @Inject
    EventCatalog events;

    @Inject
    RegistrationService registrations;

    @Inject
    MeetingCatalog meetings;

    @Inject
    Actors actors;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void aNewcomerFindsAChairLecturesAheadRegistrationsAndAMeetingUnderWay() throws Exception {
        transaction.begin();
        try {
            em.createQuery("delete from ChairTerm").executeUpdate();
            seeder.seed();
            // Read back as a later request would, not from the seeding's own persistence context.
            em.flush();
            em.clear();

            assertThat(chair.current()).as("a locality chairs today").isPresent();

            Actor qingpuCadre = actor("cadre.qingpu");
            LocalDateTime now = ZoneClock.now();
            List<EventView> ahead = events.visibleTo(qingpuCadre, new EventWindow(now, now.plusDays(60), null, null));
            assertThat(ahead).extracting(EventView::getTitle).contains(NEXT_LECTURE, APPROVED_LECTURE);
            EventView next = ahead.stream().filter(e -> e.getTitle().equals(NEXT_LECTURE)).findFirst().orElseThrow();
            assertThat(next.getSeries().getCode()).isEqualTo("GRAND_CLASSROOM");
            assertThat(next.getSpeakers()).extracting(s -> s.getName()).containsExactly("林国栋");
            assertThat(next.getCapacity()).isEqualTo(180);
            assertThat(registrations.mine(qingpuCadre, next.getId())).map(RegistrationView::getStatus)
                    .contains(RegistrationStatus.CONFIRMED);

            Actor wujiangCadre = actor("cadre.wujiang");
            EventView approved = ahead.stream().filter(e -> e.getTitle().equals(APPROVED_LECTURE)).findFirst()
                    .orElseThrow();
            assertThat(registrations.mine(wujiangCadre, approved.getId())).map(RegistrationView::getStatus)
                    .as("waits for the Wujiang administrator's approval").contains(RegistrationStatus.PENDING_APPROVAL);

            String chairLocality = chair.current().orElseThrow().getLocalityCode();
            Actor chairAdmin = actor("admin." + chairLocality.toLowerCase());
            long meetingId = meetings.recent(chairAdmin).stream()
                    .filter(m -> m.getTitle().equals("示范区干部教育培训协作工作会议")).findFirst().orElseThrow().getId();
            MeetingView meeting = meetings.find(chairAdmin, meetingId);
            assertThat(meeting.getChairLocalityCode()).isEqualTo(chairLocality);
            assertThat(meeting.getMinutes()).isNotBlank();
            assertThat(meeting.getResolutions()).extracting(ResolutionView::getOwnerLocalityCode)
                    .containsExactlyInAnyOrder("QINGPU", "WUJIANG", "JIASHAN");
            assertThat(meeting.getResolutions()).filteredOn(r -> !r.getProgress().isEmpty()).hasSize(1);

            long events = em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
            seeder.handle(new OutboxMessage(0, seeder.topic(), "demo", 2));
            assertThat(em.createQuery("select count(e) from Event e", Long.class).getSingleResult())
                    .as("the seeding event handled again").isEqualTo(events);
        } finally {
            transaction.rollback();
        }
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }
}
