package org.gongxue.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseCovers;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LectureView;
import org.gongxue.people.service.CurrentActor;

/**
 * Courses over REST, for scripts and other systems: the same services as the teacher's pages, so
 * the same rules (CourseRules) whoever calls. A course the caller may not see answers 404.
 */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class CourseResource {

    @Inject
    CurrentActor actor;

    @Inject
    CourseService courses;

    @Inject
    CourseCatalog catalog;

    @Inject
    CourseCovers covers;

    @Context
    UriInfo uri;

    /** The courses the caller writes or administers, newest change first. */
    @GET
    @Path("mine")
    public List<CourseView> mine() {
        return catalog.workspace(actor.require());
    }

    /** Courses waiting for the caller's review (administrators of their locality). */
    @GET
    @Path("review")
    public List<CourseView> reviewQueue() {
        return catalog.reviewQueue(actor.require());
    }

    @POST
    public Response create(CourseDraft draft) {
        long id = courses.create(actor.require(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(catalog.find(actor.require(), id)).build();
    }

    @GET
    @Path("{id}")
    public CourseView find(@PathParam("id") long id) {
        return catalog.find(actor.require(), id);
    }

    @PUT
    @Path("{id}")
    public CourseView update(@PathParam("id") long id, CourseDraft draft) {
        courses.update(actor.require(), id, draft);
        return catalog.find(actor.require(), id);
    }

    @POST
    @Path("{id}/submit")
    public CourseView submitForReview(@PathParam("id") long id) {
        courses.submitForReview(actor.require(), id);
        return catalog.find(actor.require(), id);
    }

    @POST
    @Path("{id}/publish")
    public CourseView publish(@PathParam("id") long id) {
        courses.publish(actor.require(), id);
        return catalog.find(actor.require(), id);
    }

    @POST
    @Path("{id}/withdraw")
    public CourseView withdraw(@PathParam("id") long id) {
        courses.withdraw(actor.require(), id);
        return catalog.find(actor.require(), id);
    }

    /**
     * Sets the course's cover image, sent whole (application/octet-stream with its
     * Content-Length, or a {@code size} parameter); it is served at /library/covers/{id}.
     */
    @PUT
    @Path("{id}/cover")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public CourseView replaceCover(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                                   @QueryParam("size") Long size, InputStream body,
                                   @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length) {
        covers.replace(actor.require(), id, fileName, body, UploadParameters.size(length, size));
        return catalog.find(actor.require(), id);
    }

    @DELETE
    @Path("{id}/cover")
    public Response removeCover(@PathParam("id") long id) {
        covers.remove(actor.require(), id);
        return Response.noContent().build();
    }

    /** Adds a lecture at the end of the course. */
    @POST
    @Path("{id}/lectures")
    public Response addLecture(@PathParam("id") long id, LectureDraft draft) {
        long lectureId = courses.addLecture(actor.require(), id, draft);
        LectureView created = catalog.lecture(actor.require(), lectureId);
        return Response.created(uri.getBaseUriBuilder().path("lectures").path(Long.toString(lectureId)).build())
                .entity(created).build();
    }
}
