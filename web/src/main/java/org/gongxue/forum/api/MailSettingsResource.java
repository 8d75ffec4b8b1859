package org.gongxue.forum.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gongxue.forum.service.mail.MailPreferences;
import org.gongxue.people.service.CurrentActor;

/** The caller's choice of forum e-mail: {@code {"eachNotification":true,"dailyDigest":false}}. */
@Path("forum/mail-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CADRE", "TEACHER", "EXPERT", "LOCALITY_ADMIN", "PLATFORM_ADMIN"})
public class MailSettingsResource {

    @Inject
    CurrentActor actor;

    @Inject
    MailPreferences preferences;

    @GET
    public MailPreferences.MailChoice get() {
        return preferences.of(actor.require());
    }

    /** Both choices are set; one left out of the body counts as false. */
    @PUT
    public MailPreferences.MailChoice put(MailChoiceInput choice) {
        return preferences.choose(actor.require(), choice != null && choice.eachNotification(),
                choice != null && choice.dailyDigest());
    }

    /** What a client sends. */
    public record MailChoiceInput(boolean eachNotification, boolean dailyDigest) {}
}
