package org.gongxue.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.gongxue.platform.i18n.Messages;
import org.gongxue.platform.validation.Problem;

/**
 * The API's error bodies: {@code {"status":400,"problems":[{"row":0,"field":"phone","key":"…","message":"…"}]}},
 * messages in Chinese unless the client asks for English.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    public static WebApplicationException forbidden(String messageKey) {
        return new WebApplicationException(response(Response.Status.FORBIDDEN, List.of(Problem.of(null, messageKey)), null));
    }

    public static Response response(Response.Status status, List<Problem> problems, Locale locale) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(status, problems, locale)).build();
    }

    /** The error body alone, for endpoints that answer outside JAX-RS (streaming servlets). */
    public static Body body(Response.Status status, List<Problem> problems, Locale locale) {
        List<Body.Item> items = problems.stream()
                .map(p -> new Body.Item(p.row(), p.field(), p.messageKey(), Messages.text(locale, p.messageKey())))
                .toList();
        return new Body(status.getStatusCode(), items);
    }

    /** Writes one problem as the answer of a servlet (streaming endpoints), in the request's language. */
    public static void write(HttpServletRequest request, HttpServletResponse response, Response.Status status,
                             String messageKey) throws IOException {
        response.setStatus(status.getStatusCode());
        response.setContentType("application/json;charset=UTF-8");
        Body body = body(status, List.of(Problem.of(null, messageKey)), request.getLocale());
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter().write(json.toJson(body));
        } catch (Exception e) {
            throw new IOException("could not write the problem", e);
        }
    }

    /** The JSON body of an error response. */
    public record Body(int status, List<Item> problems) {
        public record Item(int row, String field, String key, String message) {
        }
    }
}
