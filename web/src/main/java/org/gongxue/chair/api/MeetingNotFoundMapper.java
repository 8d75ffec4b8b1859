package org.gongxue.chair.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gongxue.chair.service.MeetingNotFoundException;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.api.ProblemMappers;
import org.gongxue.platform.validation.Problem;

/** A meeting or resolution that does not exist, or is not the caller's to see: 404 either way. */
@Provider
public class MeetingNotFoundMapper implements ExceptionMapper<MeetingNotFoundException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(MeetingNotFoundException e) {
        return ApiProblems.response(Response.Status.NOT_FOUND, List.of(Problem.of(null, "chair.meeting.notFound")),
                ProblemMappers.locale(headers));
    }
}
