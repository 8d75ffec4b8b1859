package org.gongxue.library.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.library.service.CourseCovers;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.streaming.ObjectSource;
import org.gongxue.platform.streaming.ObjectStreamer;
import org.gongxue.platform.streaming.ServletResponseSink;

/**
 * A course's cover image ({@code /library/covers/<course id>}) for whoever may see the course,
 * with validators and conditional requests (platform.streaming); 404 for anyone else.
 */
@WebServlet("/library/covers/*")
public class CourseCoverServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Inject
    CourseCovers covers;

    @Inject
    ContentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key;
        try {
            key = covers.readableKey(currentActor.get().orElse(null), courseId(request));
        } catch (CourseNotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Behind an access check: caches may keep it for this person only.
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            new ObjectStreamer(ObjectSource.of(store)).stream(key, request.getMethod(),
                    name -> Collections.list(request.getHeaders(name)), new ServletResponseSink(response));
        } catch (ObjectNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private static long courseId(HttpServletRequest request) {
        String path = request.getPathInfo();
        return Long.parseLong(path == null ? "" : path.substring(1));
    }
}
