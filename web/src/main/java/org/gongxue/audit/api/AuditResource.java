package org.gongxue.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gongxue.audit.service.AuditEntryView;
import org.gongxue.audit.service.AuditLog;

/** The audit log for platform administrators: GET /api/audit?key=<username or target>&limit=. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed("PLATFORM_ADMIN")
public class AuditResource {

    static final int MAX_LIMIT = 500;

    @Inject
    AuditLog audit;

    @GET
    public List<AuditEntryView> recent(@QueryParam("key") String key, @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.recent(key, Math.min(Math.max(1, limit), MAX_LIMIT));
    }
}
