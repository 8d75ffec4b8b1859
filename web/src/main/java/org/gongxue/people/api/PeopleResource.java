package org.gongxue.people.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.PeoplePage;
import org.gongxue.people.service.PeopleQuery;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonChanges;
import org.gongxue.people.service.PersonDraft;
import org.gongxue.people.service.PersonView;
import org.gongxue.people.service.ProfileService;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.platform.access.Role;

/**
 * People over REST. Any signed-in person reads themselves and changes their password; the rest is
 * for administrators, and the service decides whom each administrator may touch.
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class PeopleResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    CurrentActor actor;

    @Inject
    PeopleService people;

    @Inject
    ProfileService profiles;

    @GET
    @Path("me")
    public PersonView me() {
        return profiles.me(actor.require());
    }

    /** The audiences the caller belongs to: what every read filters by. */
    @GET
    @Path("me/audiences")
    public AudiencesView myAudiences() {
        AudienceSet audiences = actor.audiences();
        return new AudiencesView(audiences.isUnrestricted(), audiences.isUnrestricted() ? Set.of() : audiences.keys());
    }

    @PUT
    @Path("me/password")
    public Response changeMyPassword(PasswordChange change) {
        profiles.changePassword(actor.require(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public PeoplePage search(@QueryParam("q") String text, @QueryParam("locality") String locality,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.min(Math.max(1, size), PeopleQuery.MAX_PAGE_SIZE);
        return people.search(actor.require(),
                new PeopleQuery(text, locality, Math.max(0, page) * pageSize, pageSize, "name", true));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public PersonView find(@PathParam("id") long id) {
        return people.find(actor.require(), id);
    }

    @POST
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public Response create(PersonDraft draft) {
        PersonView created = people.create(actor.require(), draft);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public PersonView edit(@PathParam("id") long id, PersonChanges changes) {
        return people.edit(actor.require(), id, changes);
    }

    @PUT
    @Path("{id}/roles")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public PersonView assignRoles(@PathParam("id") long id, Set<Role> roles) {
        return people.assignRoles(actor.require(), id, roles);
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public PersonView disable(@PathParam("id") long id) {
        return people.disable(actor.require(), id);
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public PersonView enable(@PathParam("id") long id) {
        return people.enable(actor.require(), id);
    }

    @PUT
    @Path("{id}/password")
    @RolesAllowed({"LOCALITY_ADMIN", "PLATFORM_ADMIN"})
    public PersonView resetPassword(@PathParam("id") long id, PasswordReset reset) {
        return people.resetPassword(actor.require(), id, reset.newPassword());
    }

    /** Body of PUT /api/people/me/password. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Body of PUT /api/people/{id}/password. */
    public record PasswordReset(String newPassword) {
    }

    /** The caller's audiences: unrestricted for platform administrators, else the keys. */
    public record AudiencesView(boolean unrestricted, Set<String> audiences) {
    }
}
