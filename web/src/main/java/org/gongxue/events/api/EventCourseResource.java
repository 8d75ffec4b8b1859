package org.gongxue.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gongxue.events.service.EventCourseView;
import org.gongxue.events.service.EventCourses;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.people.service.CurrentActor;

/**
 * The course of the library an event became after it was held. {@code POST} (its organisers,
 * {@code {"topicCode":"…"}}) makes it, with the event's materials in its lecture; the recording is
 * then uploaded to that lecture through {@code /api/uploads}; the course is published as any course
 * ({@code POST /api/courses/{id}/publish}). {@code GET} answers it for whoever may see event and course.
 */
@Path("events/{eventId}/course")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventCourseResource {

    @Inject
    CurrentActor actor;

    @Inject
    EventCourses courses;

    @PathParam("eventId")
    long eventId;

    @GET
    public EventCourseView find() {
        return courses.of(actor.require(), eventId)
                .orElseThrow(() -> new EventNotFoundException("course of event " + eventId));
    }

    @POST
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response create(Topic topic) {
        EventCourseView created = courses.create(actor.require(), eventId, topic == null ? null : topic.topicCode());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Body of POST: the library topic (专题) of the course. */
    public record Topic(String topicCode) {
    }
}
