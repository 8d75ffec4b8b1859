package org.gongxue.search.index;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Where the search index lives and what it is called: the search module's typed settings. */
public final class SearchSettings {

    public static final String URL = "gongxue.elasticsearch.url";
    public static final String USERNAME = "gongxue.elasticsearch.username";
    public static final String PASSWORD = "gongxue.elasticsearch.password";
    public static final String INDEX = "gongxue.search.index";

    public static final URI DEFAULT_URL = URI.create("http://127.0.0.1:9200");
    public static final String DEFAULT_INDEX = "gongxue-content";

    private final URI url;
    private final String username;
    private final String password;
    private final String indexAlias;

    /**
     * @param username null when the cluster needs no authentication (the embedded node)
     * @param password null when username is null
     */
    public SearchSettings(URI url, String username, String password, String indexAlias) {
        this.url = Objects.requireNonNull(url, "url");
        this.indexAlias = requireIndexName(indexAlias);
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException(USERNAME + " and " + PASSWORD + " must be set together");
        }
        this.username = username;
        this.password = password;
    }

    /** Reads the settings from MicroProfile Config (and so from GONGXUE_… environment variables). */
    public static SearchSettings fromConfig(Config config) {
        return new SearchSettings(
                config.getOptionalValue(URL, URI.class).orElse(DEFAULT_URL),
                config.getOptionalValue(USERNAME, String.class).orElse(null),
                config.getOptionalValue(PASSWORD, String.class).orElse(null),
                config.getOptionalValue(INDEX, String.class).orElse(DEFAULT_INDEX));
    }

    public URI url() {
        return url;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** The alias every read and write goes through; the versioned indices hide behind it. */
    public String indexAlias() {
        return indexAlias;
    }

    // Elasticsearch's own rule for index names, checked here so a typo fails at start-up with
    // the setting's name rather than at the first request.
    private static String requireIndexName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException(INDEX + " must be a lower-case index name, not '" + name + "'");
        }
        return name;
    }

    @Override
    public String toString() {
        // Never the password: settings end up in logs.
        return "SearchSettings[url=" + url + ", username=" + username + ", indexAlias=" + indexAlias + "]";
    }
}
