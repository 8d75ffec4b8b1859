package org.gongxue.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls the REST API from outside as a script would: HTTP Basic, JSON. */
public final class Api {

    /** The password of every demo account (README.md, "Demo accounts"). */
    public static final String DEMO_PASSWORD = "Gongxue2026";
    private static final Pattern FIRST_ID = Pattern.compile("\"id\":(\\d+)");

    private final URL base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Api(URL base) {
        this.base = base;
    }

    public HttpResponse<String> get(String username, String password, String path) {
        return send(request(path, username, password).GET().build());
    }

    public HttpResponse<String> json(String method, String username, String password, String path, String json) {
        return send(request(path, username, password).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String username, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (username != null) {
            builder.header("Authorization", basic(username, password));
        }
        return builder;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the one person with this login name, looked up by the platform administrator. */
    public long idOf(String username) {
        HttpResponse<String> found = get("platform.admin", DEMO_PASSWORD, "api/people?q=" + username);
        Matcher id = FIRST_ID.matcher(found.body());
        if (found.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("No person " + username + ": " + found.statusCode() + " " + found.body());
        }
        return Long.parseLong(id.group(1));
    }

    /** Creates a person as the platform administrator; returns the id. */
    public long createPerson(String username, String locality, String role, String password) {
        HttpResponse<String> created = json("POST", "platform.admin", DEMO_PASSWORD, "api/people", """
                {"username":"%s","name":"测试人员","localityCode":"%s","roles":["%s"],"initialPassword":"%s"}"""
                .formatted(username, locality, role, password));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + created.statusCode() + " " + created.body());
        }
        Matcher id = FIRST_ID.matcher(created.body());
        id.find();
        return Long.parseLong(id.group(1));
    }
}
