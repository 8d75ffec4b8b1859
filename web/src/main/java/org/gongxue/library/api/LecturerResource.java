package org.gongxue.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.gongxue.library.service.LecturerDraft;
import org.gongxue.library.service.LecturerService;
import org.gongxue.library.service.LecturerView;
import org.gongxue.people.service.CurrentActor;

/** The lecturers a course can name (its {@code lecturerIds}): find them by name, add one. */
@Path("lecturers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class LecturerResource {

    @Inject
    CurrentActor actor;

    @Inject
    LecturerService lecturers;

    @Context
    UriInfo uri;

    @GET
    public List<LecturerView> matching(@QueryParam("q") String text) {
        return lecturers.matching(text);
    }

    @GET
    @Path("{id}")
    public LecturerView find(@PathParam("id") long id) {
        return lecturers.find(id);
    }

    @POST
    public Response create(LecturerDraft draft) {
        long id = lecturers.create(actor.require(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(lecturers.find(id)).build();
    }
}
