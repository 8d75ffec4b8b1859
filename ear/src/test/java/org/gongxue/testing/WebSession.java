package org.gongxue.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session without a browser: cookies kept, redirects not followed, the login form posted. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebSession(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A session signed in as one of the demo accounts. */
    public static WebSession signedIn(URL base, String username) {
        WebSession session = new WebSession(base);
        session.signIn(username, Api.DEMO_PASSWORD);
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN").GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Fills and posts the login form as a person would; returns the answer (a redirect on success). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> form = get("login.xhtml");
        return postForm("login.xhtml", Map.of(
                "login-form", "login-form",
                "login-form:username", username,
                "login-form:password", password,
                "login-form:next", "",
                "login-form:sign-in", "登录",
                "jakarta.faces.ViewState", viewState(form.body())));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No view state in the page: " + page);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
