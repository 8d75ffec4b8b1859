package org.gongxue.library.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.platform.api.ApiProblems;
import org.gongxue.platform.api.ProblemMappers;
import org.gongxue.platform.search.SearchUnavailableException;
import org.gongxue.platform.validation.Problem;

/** The library's refusals as API answers: 404 for what does not exist for the caller, 503 while search is down. */
public final class LibraryProblemMappers {

    private LibraryProblemMappers() {
    }

    /** Not there, or not the caller's to see: the same answer, so that no one learns what exists. */
    @Provider
    public static class CourseNotFound implements ExceptionMapper<CourseNotFoundException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(CourseNotFoundException e) {
            return ApiProblems.response(Response.Status.NOT_FOUND,
                    List.of(Problem.of(null, "library.reader.notFound")), ProblemMappers.locale(headers));
        }
    }

    @Provider
    public static class SearchUnavailable implements ExceptionMapper<SearchUnavailableException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(SearchUnavailableException e) {
            return ApiProblems.response(Response.Status.SERVICE_UNAVAILABLE,
                    List.of(Problem.of(null, "library.reader.search.unavailable")), ProblemMappers.locale(headers));
        }
    }
}
