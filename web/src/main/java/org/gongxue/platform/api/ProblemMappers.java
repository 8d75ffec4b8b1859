package org.gongxue.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/** Turns the services' refusals into API answers: 400 with every problem, 403, and 503 when the object store is away. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The language the client asked for first; null (Chinese) when it named none. */
    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return accepted.isEmpty() ? null : accepted.get(0);
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            return ApiProblems.response(Response.Status.BAD_REQUEST, e.problems(), locale(headers));
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException e) {
            return ApiProblems.response(Response.Status.FORBIDDEN, List.of(Problem.of(null, "api.problem.forbidden")),
                    locale(headers));
        }
    }

    /**
     * The object store could not be reached or failed: nothing was recorded (services store the
     * bytes before they write a row), and the client may try again later.
     */
    @Provider
    public static class StorageUnavailable implements ExceptionMapper<ContentStoreException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ContentStoreException e) {
            LOG.log(Level.WARNING, "Object store failure answered 503: " + e.getMessage(), e);
            return ApiProblems.response(Response.Status.SERVICE_UNAVAILABLE,
                    List.of(Problem.of(null, "api.problem.storageUnavailable")), locale(headers));
        }
    }
}
