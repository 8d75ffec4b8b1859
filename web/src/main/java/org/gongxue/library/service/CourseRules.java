package org.gongxue.library.service;

import org.gongxue.library.model.Course;
import org.gongxue.library.model.CourseStatus;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Role;

/**
 * Who may do what with a course. Teachers and administrators write courses; the author and the
 * administrators of the course's locality edit it; only those administrators publish or withdraw
 * it. Readers see a published course when its audience is one of theirs (the one rule of
 * platform.access.Visibility); its editors see it in every status.
 */
final class CourseRules {

    private CourseRules() {
    }

    static boolean mayAuthor(Actor actor) {
        return actor.has(Role.TEACHER) || actor.isAdministrator();
    }

    static boolean mayEdit(Actor actor, Course course) {
        return (course.getOwnerId() == actor.personId() && mayAuthor(actor)) || mayPublish(actor, course);
    }

    static boolean mayPublish(Actor actor, Course course) {
        return actor.mayAdminister(course.getLocalityCode());
    }

    static boolean mayView(Actor actor, AudienceSet audiences, Course course) {
        if (actor != null && mayEdit(actor, course)) {
            return true;
        }
        return course.getStatus() == CourseStatus.PUBLISHED && audiences.includes(Audience.parse(course.getAudience()));
    }
}
