package org.gongxue.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.forum.model.Attachment;
import org.gongxue.forum.service.attachment.AttachmentRecords;
import org.gongxue.forum.service.attachment.AttachmentService;
import org.gongxue.forum.service.attachment.AttachmentView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.upload.UploadRefusedException;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Attachments over REST: {@code POST /api/forum/posts/{id}/attachments?name=…} with the file as
 * the body (its length declared), and {@code GET /api/forum/attachments/{id}} to download one.
 * A refused file answers 400 with the reason ({@code forum.attachment.<REASON>}); a reader who
 * may not see the space gets 403, as for its pages.
 */
@Path("forum")
@RequestScoped
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class AttachmentResource {

    @Inject
    CurrentActor actor;

    @Inject
    AttachmentService attachments;

    @Inject
    AttachmentRecords records;

    @Inject
    ContentStore store;

    @POST
    @Path("posts/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response attach(@PathParam("id") long postId, @QueryParam("name") String name,
                           @Context HttpServletRequest request, InputStream body) {
        try {
            AttachmentView attached = attachments.attach(actor.require(), postId, name, request.getContentLengthLong(),
                    body);
            return Response.status(Response.Status.CREATED).entity(attached).build();
        } catch (UploadRefusedException e) {
            throw InvalidInputException.of("file", "forum.attachment." + e.reason().name());
        }
    }

    /** The file as attached, to save: never shown inside the site's pages (nosniff, attachment). */
    @GET
    @Path("attachments/{id}")
    public Response download(@PathParam("id") long id) {
        Attachment attachment = records.readable(actor.require(), id);
        StreamingOutput bytes = out -> {
            try (InputStream in = store.get(attachment.getObjectKey())) {
                in.transferTo(out);
            }
        };
        return Response.ok(bytes, attachment.getMediaType())
                .header("Content-Length", attachment.getSize())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
