package org.gongxue.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongxue.events.service.CourseOrigin;
import org.gongxue.events.service.EventCourses;
import org.gongxue.people.service.CurrentActor;

/**
 * The event and series a course of the library came from, for the course page
 * (WEB-INF/events/course-origin.xhtml); null for a course that came from no event the reader sees.
 */
@Named
@RequestScoped
public class CourseOrigins {

    @Inject
    CurrentActor actor;

    @Inject
    EventCourses courses;

    private CourseOrigin origin;
    private Long loadedFor;

    public CourseOrigin of(long courseId) {
        if (loadedFor == null || loadedFor != courseId) {
            origin = courses.originOf(actor.require(), courseId).orElse(null);
            loadedFor = courseId;
        }
        return origin;
    }
}
