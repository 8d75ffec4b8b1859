package org.gongxue.forum.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gongxue.forum.service.ForumNotFoundException;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.validation.Problem;

@Provider
public class ForumNotFoundMapper implements ExceptionMapper<ForumNotFoundException> {

    @Override
    public Response toResponse(ForumNotFoundException e) {
        return ApiProblems.response(Response.Status.NOT_FOUND, List.of(Problem.of(null, "forum.problem.notFound")), null);
    }
}
