package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.service.CourseDiscussions;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.forum.service.SpaceView;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.CourseLevel;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing a course opens its discussion space, shown to the course's audience; publishing it
 * again keeps the one space and brings it up to date.
 */
@ExtendWith(ArquillianExtension.class)
class CourseDiscussionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(CourseDiscussionIT.class);
    }

    @Inject
    CourseService courses;

    @Inject
    CourseDiscussions discussions;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService threads;

    @Inject
    Actors actors;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void aPublishedCourseHasOneDiscussionSpaceForItsAudience() {
        Actor teacher = actor("teacher.qingpu");
        long course = courses.create(teacher, draft("淀山湖生态保护的青浦经验", "locality:QINGPU"));
        courses.addLecture(teacher, course, new LectureDraft("第一讲 湖区治理", null));
        assertThat(discussions.spaceOf(course)).as("no space before publication").isEmpty();

        courses.publish(actor("admin.qingpu"), course);
        long space = discussions.spaceOf(course).orElseThrow().getId();
        SpaceView seen = spaces.find(actor("cadre.qingpu"), space);
        assertThat(seen.getName()).isEqualTo("淀山湖生态保护的青浦经验");
        assertThat(seen.getKind()).isEqualTo(SpaceKind.COURSE_DISCUSSION);
        assertThat(threads.start(actor("cadre.qingpu"), space, "请问第一讲的案例", "<p>湖区治理的案例在哪里可以看到？</p>")
                .getTitle()).isEqualTo("请问第一讲的案例");
        assertThatThrownBy(() -> spaces.find(actor("cadre.wujiang"), space)).isInstanceOf(AccessDeniedException.class);

        courses.withdraw(actor("admin.qingpu"), course);
        courses.publish(actor("admin.qingpu"), course);
        assertThat(spacesOf(course)).as("published again, still one space").isEqualTo(1);
        assertThat(discussions.spaceOf(course).orElseThrow().getId()).isEqualTo(space);
    }

    @Test
    void aZoneCourseIsDiscussedByTheWholeZone() {
        Actor teacher = actor("teacher.jiashan");
        long course = courses.create(teacher, draft("示范区一体化制度创新", "zone"));
        courses.addLecture(teacher, course, new LectureDraft("第一讲", null));
        courses.publish(actor("admin.jiashan"), course);

        long space = discussions.spaceOf(course).orElseThrow().getId();
        for (String reader : List.of("cadre.qingpu", "cadre.wujiang", "cadre.jiashan")) {
            assertThat(spaces.find(actor(reader), space).getName()).as(reader).isEqualTo("示范区一体化制度创新");
        }
    }

    private long spacesOf(long course) {
        return em.createQuery("select count(s) from Space s where s.courseId = :course", Long.class)
                .setParameter("course", course).getSingleResult();
    }

    private static CourseDraft draft(String title, String audience) {
        return new CourseDraft(title, "面向示范区干部的专题课程", "BUSINESS_ENVIRONMENT",
                Set.of(Ability.REFORM), CourseLevel.GENERAL, new BigDecimal("1"), null, audience, List.of());
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }
}
