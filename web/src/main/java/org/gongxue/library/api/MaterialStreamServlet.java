package org.gongxue.library.api;

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
import org.gongxue.library.api.CheckedObjectResponse.CheckedObject;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.library.service.MaterialAccess;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.security.GongxueAuthenticationMechanism;

/**
 * Streams and downloads materials: {@code GET|HEAD /api/streams/materials/{id}[/{variant}]}
 * (variant: original — the default —, rendition, poster, cues; {@code ?download} asks for a file
 * to save). Byte ranges, validators and conditional requests are the streaming engine's
 * ({@link ObjectStreamer}, RFC 9110); who may read is the catalog's: a material of a course the
 * caller may not see does not exist for them (404, as for one that does not exist at all).
 *
 * <p>A servlet rather than a JAX-RS resource: the engine decides status and headers only after
 * it has read the object's metadata, and then writes the body itself.
 */
@WebServlet(urlPatterns = MaterialStreamServlet.PATH + "*")
public class MaterialStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/api/streams/materials/";
    private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})(?:/([a-z]+))?");

    @Inject
    CurrentActor actor;

    @Inject
    CourseCatalog catalog;

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
        Optional<MaterialVariant> variant = address.matches()
                ? MaterialVariant.bySegment(address.group(2) == null ? "original" : address.group(2))
                : Optional.empty();
        if (variant.isEmpty()) {
            ApiProblems.write(request, response, Response.Status.NOT_FOUND, "library.reader.notFound");
            return;
        }
        MaterialAccess material;
        try {
            material = catalog.readableMaterial(actor.get().orElse(null), Long.parseLong(address.group(1)));
        } catch (CourseNotFoundException e) {
            ApiProblems.write(request, response, Response.Status.NOT_FOUND, "library.reader.notFound");
            return;
        }
        String key = variant.get().key(material);
        if (material.state() != ProcessingState.READY || key == null) {
            ApiProblems.write(request, response, Response.Status.NOT_FOUND, "library.reader.material.notReady");
            return;
        }
        CheckedObjectResponse.send(request, response, method, store, new CheckedObject(key,
                variant.get().mediaType(material), material.originalName(), "material " + material.materialId(),
                "library.reader.notFound"));
    }
}
