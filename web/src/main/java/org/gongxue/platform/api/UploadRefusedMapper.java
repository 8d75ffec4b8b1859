package org.gongxue.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gongxue.platform.upload.UploadRefusedException;
import org.gongxue.platform.validation.Problem;

/** An upload, chunk or completion refused by the upload engine: the status its reason suggests, with the text to show. */
@Provider
public class UploadRefusedMapper implements ExceptionMapper<UploadRefusedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(UploadRefusedException e) {
        return ApiProblems.response(status(e.reason()), List.of(Problem.of(null, e.messageKey())),
                ProblemMappers.locale(headers));
    }

    static Response.Status status(UploadRefusedException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case TYPE_NOT_ALLOWED -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case PARTS_MISSING -> Response.Status.CONFLICT;
            case UPLOAD_GONE -> Response.Status.NOT_FOUND;
            default -> Response.Status.BAD_REQUEST;
        };
    }
}
