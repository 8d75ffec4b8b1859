package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The running platform over HTTP, as its users reach it: the REST API with JSON, as one person.
 * Either signed in once with the login form, the session then carried by its cookie (what the
 * browser does), or with HTTP Basic on every request (what a script does). Both are the
 * platform's own ways in; the benchmarks say which one they measure.
 */
final class PlatformClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"login-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The CSRF filter's mark of a request a page of another site could not have sent. */
    private static final String REQUESTED_WITH = "X-Requested-With";

    private final URI base;
    private final String username;
    private final String basicAuthorization;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    private PlatformClient(URI base, String username, String basicAuthorization, HttpClient http) {
        this.base = base;
        this.username = username;
        this.basicAuthorization = basicAuthorization;
        this.http = http;
    }

    /** Signs in with the login form; every later request carries the session cookie only. */
    static PlatformClient signedIn(URI base, String username, String password) throws IOException {
        HttpClient http = newHttp().cookieHandler(new CookieManager()).build();
        PlatformClient client = new PlatformClient(base, username, null, http);
        client.submitLoginForm(password);
        client.requireSignedIn();
        return client;
    }

    /** Sends the name and password with every request (HTTP Basic); no session. */
    static PlatformClient basic(URI base, String username, String password) throws IOException {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        PlatformClient client = new PlatformClient(base, username, "Basic " + credentials, newHttp().build());
        client.requireSignedIn();
        return client;
    }

    private static HttpClient.Builder newHttp() {
        // HTTP/1.1 as browsers and players mostly speak to a server without TLS; no redirects
        // followed, so that a sign-in that sends back to the login page is seen as such.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
    }

    String username() {
        return username;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    JsonNode get(String path) throws IOException {
        return send(request(path).GET(), 200);
    }

    JsonNode post(String path, Object body) throws IOException {
        return send(jsonRequest(path).POST(jsonBody(body)), 200, 201);
    }

    /** A POST without a body (actions such as submit and publish). */
    JsonNode post(String path) throws IOException {
        return send(request(path).header(REQUESTED_WITH, "bench").POST(HttpRequest.BodyPublishers.noBody()), 200, 201);
    }

    void delete(String path) throws IOException {
        send(request(path).header(REQUESTED_WITH, "bench").DELETE(), 200, 204);
    }

    /** POSTs the bytes as application/octet-stream; returns the JSON answer. */
    JsonNode postBytes(String path, byte[] bytes) throws IOException {
        return send(request(path).header("Content-Type", "application/octet-stream").header(REQUESTED_WITH, "bench")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), 200, 201);
    }

    /** Sends {@code length} bytes of {@code buffer} as application/octet-stream; expects 2xx. */
    void putBytes(String path, byte[] buffer, int length) throws IOException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/octet-stream")
                .header(REQUESTED_WITH, "bench")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(buffer, 0, length));
        exchange(request, HttpResponse.BodyHandlers.ofString(), 200, 204);
    }

    /** A GET whose body the caller reads (and closes); {@code range} is a Range header value or null. */
    HttpResponse<InputStream> open(String path, String range) throws IOException {
        HttpRequest.Builder request = request(path).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return exchange(request, HttpResponse.BodyHandlers.ofInputStream(), 200, 206);
    }

    /** The same client reading any address (e.g. a presigned S3 URL), so that only the server differs. */
    HttpResponse<InputStream> openUrl(URI url, String range) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return exchange(request, HttpResponse.BodyHandlers.ofInputStream(), 200, 206);
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private void submitLoginForm(String password) throws IOException {
        String page = exchange(request("/login.xhtml").GET(), HttpResponse.BodyHandlers.ofString(), 200).body();
        String action = find(FORM_ACTION, page, "the login form").replace("&amp;", "&");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("login-form:username", username);
        form.put("login-form:password", password);
        form.put("login-form:next", "");
        form.put("login-form:sign-in", "sign-in");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page, "the login form's view state")
                .replace("&#58;", ":").replace("&amp;", "&"));
        HttpRequest.Builder post = HttpRequest.newBuilder(base.resolve(action)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form)));
        // Success redirects to the page wanted; a failure shows the form again (200).
        HttpResponse<String> answer = exchange(post, HttpResponse.BodyHandlers.ofString(), 200, 302, 303);
        Optional<String> location = answer.headers().firstValue("Location");
        if (answer.statusCode() == 200 || location.map(l -> l.contains("login.xhtml")).orElse(true)) {
            throw new IOException("signing in as " + username + " with the login form failed");
        }
    }

    private void requireSignedIn() throws IOException {
        JsonNode me = get("/api/people/me");
        if (me.isMissingNode() || me.isNull()) {
            throw new IOException("/api/people/me answered nothing for " + username);
        }
    }

    private static String find(Pattern pattern, String page, String what) throws IOException {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IOException("no " + what + " in the page /login.xhtml");
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (basicAuthorization != null) {
            request.header("Authorization", basicAuthorization);
        }
        return request;
    }

    private HttpRequest.Builder jsonRequest(String path) {
        return request(path).header("Content-Type", "application/json");
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) throws IOException {
        return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
    }

    private JsonNode send(HttpRequest.Builder request, int... expected) throws IOException {
        String body = exchange(request, HttpResponse.BodyHandlers.ofString(), expected).body();
        return body == null || body.isBlank() ? json.missingNode() : json.readTree(body);
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler,
                                         int... expected) throws IOException {
        HttpRequest built = request.build();
        HttpResponse<T> response;
        try {
            response = http.send(built, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + built.method() + " " + built.uri(), e);
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        Object body = response.body();
        if (body instanceof InputStream in) {
            try (in) {
                body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
        }
        throw new IOException(built.method() + " " + built.uri() + " as " + username + " answered "
                + response.statusCode() + ": " + body);
    }
}
