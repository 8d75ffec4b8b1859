package org.gongxue.chair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.ChairTermDraft;
import org.gongxue.chair.service.MeetingCatalog;
import org.gongxue.chair.service.MeetingDraft;
import org.gongxue.chair.service.MeetingDraft.AttendeeDraft;
import org.gongxue.chair.service.MeetingNotFoundException;
import org.gongxue.chair.service.MeetingView;
import org.gongxue.chair.service.ResolutionDraft;
import org.gongxue.chair.service.ResolutionView;
import org.gongxue.chair.service.WorkMeetingService;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chair convenes a work meeting and records its minutes and resolutions; the owning office
 * writes progress and closes its resolution; other offices and cadres are refused and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
class WorkMeetingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(WorkMeetingIT.class);
    }

    @Inject
    ChairCalendar chair;

    @Inject
    WorkMeetingService meetings;

    @Inject
    MeetingCatalog catalog;

    @Inject
    Actors actors;

    @Test
    void aResolutionIsTrackedByItsOwnerUntilDone() {
        LocalDate day = LocalDate.of(2100, 1, 4).plusWeeks(ThreadLocalRandom.current().nextInt(50_000, 100_000));
        chair.addTerm(actor("platform.admin"), new ChairTermDraft("JIASHAN", day, day.plusDays(6)));
        MeetingDraft draft = new MeetingDraft("三地组织部联席会议", day.plusDays(1), "嘉善县委党校", "一、年度联合培训计划；二、师资共享",
                List.of(new AttendeeDraft("QINGPU", "张明"), new AttendeeDraft("WUJIANG", "李华"),
                        new AttendeeDraft("JIASHAN", "王芳")));

        assertThatThrownBy(() -> meetings.create(actor("admin.qingpu"), draft)).isInstanceOf(AccessDeniedException.class);
        long meeting = meetings.create(actor("admin.jiashan"), draft);
        meetings.recordMinutes(actor("admin.jiashan"), meeting, "会议商定了 2027 年联合培训计划。");
        long resolution = meetings.addResolution(actor("admin.jiashan"), meeting,
                new ResolutionDraft("吴江区牵头编制师资共享清单", "WUJIANG", day.plusDays(30)));

        assertThatThrownBy(() -> meetings.addProgress(actor("admin.qingpu"), resolution, "不是我们的"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.markDone(actor("admin.qingpu"), resolution))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.find(actor("cadre.wujiang"), meeting)).isInstanceOf(MeetingNotFoundException.class);
        assertThat(catalog.open(actor("admin.qingpu"))).extracting(ResolutionView::getId).contains(resolution);

        meetings.addProgress(actor("admin.wujiang"), resolution, "已收集三地讲师名单");
        meetings.markDone(actor("admin.wujiang"), resolution);

        MeetingView seen = catalog.find(actor("admin.qingpu"), meeting);
        assertThat(seen.getChairLocalityCode()).isEqualTo("JIASHAN");
        assertThat(seen.getAttendees()).extracting(a -> a.getName()).containsExactly("张明", "李华", "王芳");
        assertThat(seen.getMinutes()).contains("联合培训计划");
        assertThat(seen.getResolutions()).singleElement().satisfies(r -> {
            assertThat(r.isDone()).isTrue();
            assertThat(r.getProgress()).extracting(ResolutionView.Progress::getNote).containsExactly("已收集三地讲师名单");
        });
        assertThat(catalog.open(actor("admin.qingpu"))).extracting(ResolutionView::getId).doesNotContain(resolution);
        assertThatThrownBy(() -> meetings.addProgress(actor("admin.wujiang"), resolution, "再写一条"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("chair.resolution.alreadyDone"));
    }

    @Test
    void aMeetingOnADayWithoutAChairOrWithBadInputIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> meetings.create(actor("platform.admin"), new MeetingDraft(" ", null, null, "",
                List.of(new AttendeeDraft("NOWHERE", "某人")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactlyInAnyOrder("chair.meeting.title.required",
                                "chair.meeting.agenda.required", "chair.meeting.heldOn.required",
                                "chair.meeting.attendee.invalid"));
        assertThatThrownBy(() -> meetings.create(actor("platform.admin"), new MeetingDraft("会议",
                LocalDate.of(1999, 1, 1), null, "议程", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("chair.meeting.noChair"));
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }
}
