package org.gongxue.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.gongxue.events.model.EventFileKind;
import org.gongxue.events.service.EventFileView;
import org.gongxue.events.service.EventFiles;
import org.gongxue.library.api.UploadParameters;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * An event's poster and materials over REST. Whoever may see the event lists them (the bytes are at
 * {@code /api/event-files/{fileId}}); its organisers add them one whole file per request, e.g.
 * {@code POST /api/events/7/files?kind=POSTER&fileName=海报.png&alt=…} with the bytes as
 * application/octet-stream, and delete them.
 */
@Path("events/{eventId}/files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class EventFilesResource {

    @Inject
    CurrentActor actor;

    @Inject
    EventFiles files;

    @PathParam("eventId")
    long eventId;

    @GET
    public List<EventFileView> list() {
        return files.list(actor.require(), eventId);
    }

    /**
     * Adds a file: {@code kind} POSTER (an image; {@code alt} says what it shows, required), SLIDES
     * or READING (documents). The declared size is the Content-Length (or a {@code size} parameter).
     */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response add(@QueryParam("kind") String kind, @QueryParam("fileName") String fileName,
                        @QueryParam("alt") String altText, @QueryParam("size") Long size, InputStream body,
                        @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length) {
        EventFileView added = files.add(actor.require(), eventId, kind(kind), fileName, altText, body,
                UploadParameters.size(length, size));
        return Response.created(URI.create("event-files/" + added.getId())).entity(added).build();
    }

    @DELETE
    @Path("{fileId}")
    public Response delete(@PathParam("fileId") long fileId) {
        files.delete(actor.require(), eventId, fileId);
        return Response.noContent().build();
    }

    /** A kind named in a query parameter: an unknown name is a 400 that says so. */
    private static EventFileKind kind(String name) {
        try {
            return name == null ? null : EventFileKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "events.files.kind.required");
        }
    }
}
