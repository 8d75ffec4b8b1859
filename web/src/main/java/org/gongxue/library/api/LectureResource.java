package org.gongxue.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LectureView;
import org.gongxue.people.service.CurrentActor;

/** The lectures of courses over REST (they are added through /api/courses/{id}/lectures). */
@Path("lectures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class LectureResource {

    @Inject
    CurrentActor actor;

    @Inject
    CourseService courses;

    @Inject
    CourseCatalog catalog;

    @GET
    @Path("{id}")
    public LectureView find(@PathParam("id") long id) {
        return catalog.lecture(actor.require(), id);
    }

    @PUT
    @Path("{id}")
    public LectureView update(@PathParam("id") long id, LectureDraft draft) {
        courses.updateLecture(actor.require(), id, draft);
        return catalog.lecture(actor.require(), id);
    }

    /** Moves the lecture to another place in its course; the others close up behind it. */
    @PUT
    @Path("{id}/position")
    public LectureView move(@PathParam("id") long id, Position position) {
        courses.moveLecture(actor.require(), id, position.position());
        return catalog.lecture(actor.require(), id);
    }

    /** Removes a lecture that has no materials left. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        courses.removeLecture(actor.require(), id);
        return Response.noContent().build();
    }

    /** Body of PUT /api/lectures/{id}/position: the new place, counted from 1. */
    public record Position(int position) {
    }
}
