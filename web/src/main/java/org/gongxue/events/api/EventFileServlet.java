package org.gongxue.events.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.events.service.EventFileAccess;
import org.gongxue.events.service.EventFiles;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.library.api.CheckedObjectResponse;
import org.gongxue.library.api.CheckedObjectResponse.CheckedObject;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.security.GongxueAuthenticationMechanism;

/**
 * The bytes of an event's file: {@code GET|HEAD /api/event-files/{id}} ({@code ?download} asks for a
 * file to save), with ranges and validators (platform.streaming), served as the type detected from
 * the bytes and shown in the page only when a browser shows it without running anything of its own,
 * as the library serves materials. A file of an event the caller may not see does not exist for them (404).
 */
@WebServlet(urlPatterns = EventFileServlet.PATH + "*")
public class EventFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/api/event-files/";
    private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})");

    @Inject
    CurrentActor actor;

    @Inject
    EventFiles files;

    @Inject
    ContentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, "GET");
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, "HEAD");
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, String method) throws IOException {
        if (Boolean.TRUE.equals(request.getAttribute(GongxueAuthenticationMechanism.MUST_CHANGE_PASSWORD))) {
            ApiProblems.write(request, response, Response.Status.FORBIDDEN, "password.mustChange");
            return;
        }
        Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Actor> reader = actor.get();
        EventFileAccess file;
        try {
            if (!address.matches() || reader.isEmpty()) {
                throw new EventNotFoundException("no such file");
            }
            file = files.readable(reader.get(), Long.parseLong(address.group(1)));
        } catch (EventNotFoundException e) {
            ApiProblems.write(request, response, Response.Status.NOT_FOUND, "events.files.notFound");
            return;
        }
        CheckedObjectResponse.send(request, response, method, store, new CheckedObject(file.objectKey(),
                file.mediaType(), file.originalName(), "event file " + file.fileId(), "events.files.notFound"));
    }
}
