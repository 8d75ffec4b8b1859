package org.gongxue.people.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gongxue.people.service.PersonNotFoundException;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.validation.Problem;

@Provider
public class PersonNotFoundMapper implements ExceptionMapper<PersonNotFoundException> {

    @Override
    public Response toResponse(PersonNotFoundException e) {
        return ApiProblems.response(Response.Status.NOT_FOUND, List.of(Problem.of(null, "person.problem.notFound")), null);
    }
}
