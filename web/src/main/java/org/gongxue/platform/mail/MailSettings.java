package org.gongxue.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the platform sends e-mail (MicroProfile Config; e.g. GONGXUE_MAIL_MODE=smtp). The messages
 * are always made with WildFly's mail session; the embedded default then writes them as .eml
 * files into a folder of the data folder instead of handing them to an SMTP relay, so that a
 * machine without a relay loses nothing and a person can read what would have been sent.
 */
@ApplicationScoped
public class MailSettings {

    /** Where messages go: {@code folder} (the embedded default) or {@code smtp} (the mail session's relay). */
    @Inject
    @ConfigProperty(name = "gongxue.mail.mode", defaultValue = "folder")
    String mode;

    /** The folder of {@code folder} mode; by default {@code mail/} in the data folder. */
    @Inject
    @ConfigProperty(name = "gongxue.mail.folder")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "gongxue.data.dir")
    Optional<String> dataDir;

    /** The address readers open the platform at: links in messages start with it. */
    @Inject
    @ConfigProperty(name = "gongxue.site-url", defaultValue = "http://localhost:8080/")
    String siteUrl;

    public boolean writesToFolder() {
        return !"smtp".equalsIgnoreCase(mode.strip());
    }

    public Path folder() {
        return Path.of(folder.orElseGet(() -> dataDir.orElse(System.getProperty("jboss.server.data.dir", "."))
                + "/mail"));
    }

    /** The site's address, ending with a slash. */
    public String siteUrl() {
        return siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }
}
