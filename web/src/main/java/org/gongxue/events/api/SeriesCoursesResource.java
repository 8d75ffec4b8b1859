package org.gongxue.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gongxue.events.service.EventCourses;
import org.gongxue.library.service.CourseView;
import org.gongxue.people.service.CurrentActor;

/** {@code GET /api/events/series/{id}/courses}: the courses made from the series' events that the caller may see. */
@Path("events/series/{seriesId}/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class SeriesCoursesResource {

    @Inject
    CurrentActor actor;

    @Inject
    EventCourses courses;

    @GET
    public List<CourseView> list(@PathParam("seriesId") long seriesId) {
        return courses.ofSeries(actor.require(), seriesId);
    }
}
