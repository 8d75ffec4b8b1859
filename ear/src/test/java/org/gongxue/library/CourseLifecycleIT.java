package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.CourseLevel;
import org.gongxue.library.model.CourseStatus;
import org.gongxue.library.model.LecturerKind;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LecturerDraft;
import org.gongxue.library.service.LecturerService;
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
 * A teacher writes a course, an administrator of its locality publishes it, and only then do the
 * cadres of its audience see it; the rules hold whoever calls the services.
 */
@ExtendWith(ArquillianExtension.class)
class CourseLifecycleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(CourseLifecycleIT.class);
    }

    @Inject
    CourseService courses;

    @Inject
    CourseCatalog catalog;

    @Inject
    LecturerService lecturers;

    @Inject
    Actors actors;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void aPublishedCourseIsSeenByItsAudienceOnly() {
        Actor teacher = actor("teacher.qingpu");
        long lecturer = lecturers.create(teacher, new LecturerDraft("周海燕", "副教授", "青浦区委党校",
                LecturerKind.PARTY_SCHOOL, null));
        long course = courses.create(teacher, draft("优化营商环境的青浦实践", "locality:QINGPU", List.of(lecturer)));
        long first = courses.addLecture(teacher, course, new LectureDraft("第一讲 营商环境的内涵", null));
        long second = courses.addLecture(teacher, course, new LectureDraft("第二讲 一网通办", "政务服务改革"));

        assertThatThrownBy(() -> catalog.find(actor("cadre.qingpu"), course))
                .isInstanceOf(CourseNotFoundException.class);
        courses.submitForReview(teacher, course);
        assertThatThrownBy(() -> courses.publish(teacher, course)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.publish(actor("admin.wujiang"), course))
                .isInstanceOf(AccessDeniedException.class);
        courses.publish(actor("admin.qingpu"), course);
        courses.moveLecture(teacher, second, 1);

        CourseView seen = catalog.find(actor("cadre.qingpu"), course);
        assertThat(seen.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(seen.getLecturers()).extracting(l -> l.getName()).containsExactly("周海燕");
        assertThat(seen.getLectures()).extracting(l -> l.getId()).containsExactly(second, first);
        assertThat(seen.isEditable()).isFalse();
        assertThatThrownBy(() -> catalog.find(actor("cadre.wujiang"), course))
                .isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> catalog.find(null, course)).isInstanceOf(CourseNotFoundException.class);
        assertThat(outboxEventsFor(course)).isPositive();
    }

    @Test
    void aCadreCannotWriteCoursesAndBadDraftsChangeNothing() {
        long before = courseCount();

        assertThatThrownBy(() -> courses.create(actor("cadre.jiashan"), draft("标题", null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.create(actor("teacher.jiashan"), new CourseDraft(" ", null, "NO_SUCH_TOPIC",
                Set.of(), CourseLevel.GENERAL, new BigDecimal("0.25"), "QINGPU", "nonsense", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey)
                        .containsExactlyInAnyOrder("library.title.required", "library.course.topic.required",
                                "library.course.creditHours.invalid", "library.course.locality.notYours",
                                "library.course.audience.invalid"));
        assertThat(courseCount()).isEqualTo(before);
    }

    @Test
    void aCourseWithoutLecturesCannotBePublished() {
        long course = courses.create(actor("teacher.wujiang"), draft("太浦河生态治理", null, List.of()));

        assertThatThrownBy(() -> courses.publish(actor("admin.wujiang"), course))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("library.course.publish.noLectures"));
        assertThat(catalog.find(actor("admin.wujiang"), course).getStatus()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void watchingCountsOncePerPersonAndDay() {
        Actor teacher = actor("teacher.jiashan");
        long course = courses.create(teacher, draft("嘉善县域高质量发展", null, List.of()));
        long lecture = courses.addLecture(teacher, course, new LectureDraft("第一讲", null));
        courses.publish(actor("admin.jiashan"), course);

        catalog.recordView(actor("cadre.jiashan"), lecture);
        catalog.recordView(actor("cadre.jiashan"), lecture);
        catalog.recordView(actor("cadre.qingpu"), lecture);

        assertThat(catalog.lecture(teacher, lecture).getViewCount()).isEqualTo(2);
        assertThat(catalog.find(teacher, course).getViewCount()).isEqualTo(2);
    }

    @Test
    void twoTabsRecordingTheSameViewAtOnceCountItOnce() throws Exception {
        Actor teacher = actor("teacher.wujiang");
        long course = courses.create(teacher, draft("吴江丝绸文化传承", null, List.of()));
        long lecture = courses.addLecture(teacher, course, new LectureDraft("第一讲", null));
        courses.publish(actor("admin.wujiang"), course);
        Actor cadre = actor("cadre.wujiang");

        ExecutorService otherTab = Executors.newSingleThreadExecutor();
        try {
            transaction.begin();
            catalog.recordView(cadre, lecture);
            Future<?> second = otherTab.submit(() -> catalog.recordView(cadre, lecture));
            // The other tab's view meets this one's while it is not yet committed.
            Thread.sleep(300);
            transaction.commit();
            second.get();
        } finally {
            otherTab.shutdown();
        }

        assertThat(catalog.lecture(teacher, lecture).getViewCount()).isEqualTo(1);
    }

    private static CourseDraft draft(String title, String audience, List<Long> lecturerIds) {
        return new CourseDraft(title, "面向示范区干部的专题课程", "BUSINESS_ENVIRONMENT",
                Set.of(Ability.REFORM, Ability.IMPLEMENTATION), CourseLevel.GENERAL, new BigDecimal("1.5"), null,
                audience, lecturerIds);
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }

    private long courseCount() {
        return em.createQuery("select count(c) from Course c", Long.class).getSingleResult();
    }

    private long outboxEventsFor(long courseId) {
        return em.createQuery("select count(e) from OutboxEvent e where e.key = :key", Long.class)
                .setParameter("key", Long.toString(courseId)).getSingleResult();
    }
}
