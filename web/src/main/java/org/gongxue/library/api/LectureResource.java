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
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LectureView;
import org.gongxue.library.service.MaterialService;
import org.gongxue.library.service.MaterialView;
import org.gongxue.people.service.CurrentActor;

/** The lectures of courses over REST (they are added through /api/courses/{id}/lectures), and whole-file uploads to them. */
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

    @Inject
    MaterialService materials;

    @Context
    UriInfo uri;

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

    /**
     * Uploads a whole file as a material of the lecture in one request, e.g.
     * {@code POST /api/lectures/7/materials?slot=DOCUMENT&fileName=讲义.docx} with the bytes as
     * application/octet-stream and their Content-Length (or, where a client cannot send one, a
     * {@code size} parameter). For files one request can carry; large
     * ones, and uploads that must survive a broken connection, go through /api/uploads.
     */
    @POST
    @Path("{id}/materials")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@PathParam("id") long id, @QueryParam("slot") String slot,
                           @QueryParam("fileName") String fileName, @QueryParam("size") Long size,
                           InputStream body,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length) {
        MaterialView created = materials.store(actor.require(), id, UploadParameters.slot(slot), fileName, body,
                UploadParameters.size(length, size));
        return Response.created(uri.getBaseUriBuilder().path("materials").path(Long.toString(created.getId())).build())
                .entity(created).build();
    }

    /** Body of PUT /api/lectures/{id}/position: the new place, counted from 1. */
    public record Position(int position) {
    }
}
