package org.gongxue.library.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.streaming.ObjectSource;
import org.gongxue.platform.streaming.ObjectStreamer;
import org.gongxue.platform.streaming.ServletResponseSink;

/**
 * Sends a stored object the caller has just been allowed to read (a lecture's material, an
 * event's file): with ranges and validators (platform.streaming), as the type detected from its
 * bytes, shown in the page only when a browser shows it without running anything of its own.
 */
public final class CheckedObjectResponse {

    private static final Logger LOG = Logger.getLogger(CheckedObjectResponse.class.getName());

    /** What to send: {@code what} names it in the log, {@code notFoundKey} is the 404's message key. */
    public record CheckedObject(String key, String mediaType, String originalName, String what, String notFoundKey) {
    }

    private CheckedObjectResponse() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, String method,
                            ContentStore store, CheckedObject object) throws IOException {
        String mediaType = object.mediaType() == null ? "" : object.mediaType();
        // Behind an access check: no shared cache may keep it, and the browser asks again (cheaply: 304).
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", ContentDisposition.of(object.originalName(),
                request.getParameter("download") != null || !ContentDisposition.showableInPage(mediaType)));
        try {
            new ObjectStreamer(ObjectSource.of(store).servedAs(object.mediaType())).stream(object.key(), method,
                    name -> Collections.list(request.getHeaders(name)), new ServletResponseSink(response));
        } catch (IOException e) {
            if (!response.isCommitted()) {
                throw e;
            }
            // Players drop the connection whenever the viewer seeks: routine, not a server error.
            LOG.log(Level.FINE, "{0}: the client stopped reading ({1})", new Object[] {object.what(), e.getMessage()});
        } catch (ObjectNotFoundException e) {
            // The database names an object the store lacks: worth a line in the log, a 404 to the reader.
            LOG.log(Level.WARNING, "{0}: object {1} is missing", new Object[] {object.what(), object.key()});
            response.reset();
            ApiProblems.write(request, response, Response.Status.NOT_FOUND, object.notFoundKey());
        }
    }
}
