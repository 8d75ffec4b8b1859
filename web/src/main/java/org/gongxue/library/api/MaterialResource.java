package org.gongxue.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gongxue.library.service.MaterialService;
import org.gongxue.library.service.MaterialView;
import org.gongxue.people.service.CurrentActor;

/** A material's processing state, and deleting it. */
@Path("materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class MaterialResource {

    @Inject
    CurrentActor actor;

    @Inject
    MaterialService materials;

    /** The material as its course's readers see it: state QUEUED, PROCESSING, READY or FAILED with a reason. */
    @GET
    @Path("{id}")
    public MaterialView find(@PathParam("id") long id) {
        return materials.find(actor.require(), id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        materials.delete(actor.require(), id);
        return Response.noContent().build();
    }
}
