package org.gongxue.events.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.RegistrationRefusedException;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.api.ProblemMappers;
import org.gongxue.platform.validation.Problem;

/** The events' refusals as API answers: 404 for what the caller may not see, 409 for what the event's state refuses. */
public final class EventProblemMappers {

    private EventProblemMappers() {
    }

    @Provider
    public static class EventNotFound implements ExceptionMapper<EventNotFoundException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EventNotFoundException e) {
            return ApiProblems.response(Response.Status.NOT_FOUND, List.of(Problem.of(null, "events.notFound")),
                    ProblemMappers.locale(headers));
        }
    }

    @Provider
    public static class RegistrationRefused implements ExceptionMapper<RegistrationRefusedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RegistrationRefusedException e) {
            return ApiProblems.response(Response.Status.CONFLICT, List.of(Problem.of(null, e.messageKey())),
                    ProblemMappers.locale(headers));
        }
    }
}
