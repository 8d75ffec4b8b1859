package org.gongxue.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.gongxue.library.service.MaterialService;
import org.gongxue.library.service.MaterialView;
import org.gongxue.people.service.CurrentActor;

/** A material's processing state; replacing and deleting it. */
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

    /**
     * Replaces the material with a whole file sent in one request (application/octet-stream with
     * its Content-Length); the new material keeps the slot, the old one is purged.
     */
    @PUT
    @Path("{id}/content")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public MaterialView replace(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                                @QueryParam("size") Long size, InputStream body,
                                @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length) {
        return materials.replace(actor.require(), id, fileName, body, UploadParameters.size(length, size));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        materials.delete(actor.require(), id);
        return Response.noContent().build();
    }
}
