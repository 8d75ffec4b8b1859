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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.gongxue.library.service.UploadProgress;
import org.gongxue.library.service.UploadRequest;
import org.gongxue.library.service.UploadResult;
import org.gongxue.library.service.UploadService;
import org.gongxue.people.service.CurrentActor;

/**
 * Chunked, resumable upload of a material:
 * <ol>
 * <li>{@code POST /api/uploads {lectureId, slot, fileName, size[, replacesMaterialId]}} → 201
 * {@code {id, chunkSize, partCount, ...}}: the file is sent in parts of {@code chunkSize} bytes;</li>
 * <li>{@code PUT /api/uploads/{id}/parts/{n}} (application/octet-stream, exactly that part's
 * bytes) → 204, in any order, again if in doubt;</li>
 * <li>{@code GET /api/uploads/{id}} → {@code {receivedParts, missingParts, state, ...}}: after an
 * interruption, send what is missing;</li>
 * <li>{@code POST /api/uploads/{id}/complete} → 200 {@code {materialId, state}}: the material is
 * recorded and queued for processing; asking again answers the same;</li>
 * <li>{@code DELETE /api/uploads/{id}} → 204: cancelled, nothing is kept.</li>
 * </ol>
 * Only the person who started an upload can see or continue it. Requests without JSON need the
 * {@code X-Requested-With} header (CSRF, see CrossSiteRequestFilter).
 */
@Path("uploads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class UploadResource {

    @Inject
    CurrentActor actor;

    @Inject
    UploadService uploads;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(UploadRequest request) {
        UploadProgress started = uploads.start(actor.require(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(started.id()).build()).entity(started).build();
    }

    @GET
    @Path("{id}")
    public UploadProgress progress(@PathParam("id") String id) {
        return uploads.progress(actor.require(), id);
    }

    @PUT
    @Path("{id}/parts/{part}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response putPart(@PathParam("id") String id, @PathParam("part") int part, InputStream body,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length) {
        uploads.putPart(actor.require(), id, part, body, length);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/complete")
    public UploadResult complete(@PathParam("id") String id) {
        return uploads.complete(actor.require(), id);
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        uploads.cancel(actor.require(), id);
        return Response.noContent().build();
    }
}
