package org.gongxue.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongxue.testing.Api;

/** The forum's REST calls the tests make, as scripts would: spaces, members, threads, replies. */
final class ForumApi {

    static final String ADMIN = "platform.admin";
    /** The password of the people the tests create. */
    static final String PASSWORD = "Forum2026test";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Duration INDEXING = Duration.ofSeconds(60);

    private final Api api;

    ForumApi(Api api) {
        this.api = api;
    }

    Api api() {
        return api;
    }

    /** A space created by the platform administrator; returns its id. */
    long createSpace(String name, String kind, String visibility) {
        HttpResponse<String> created = api.json("POST", ADMIN, DEMO_PASSWORD, "api/forum/spaces", """
                {"name":"%s","purpose":"测试","kind":"%s","visibility":"%s","localityCode":"ZONE"}"""
                .formatted(name, kind, visibility));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return idIn(created.body());
    }

    void addMember(long spaceId, String username) {
        HttpResponse<String> added = api.json("POST", ADMIN, DEMO_PASSWORD, "api/forum/spaces/" + spaceId + "/members",
                "{\"username\":\"" + username + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    }

    void addModerator(long spaceId, String username) {
        HttpResponse<String> added = api.json("POST", ADMIN, DEMO_PASSWORD,
                "api/forum/spaces/" + spaceId + "/moderators", "{\"username\":\"" + username + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    }

    HttpResponse<String> startThread(String username, long spaceId, String title, String html) {
        return api.json("POST", username, password(username), "api/forum/spaces/" + spaceId + "/threads",
                "{\"title\":" + json(title) + ",\"html\":" + json(html) + "}");
    }

    long startedThread(String username, long spaceId, String title, String html) {
        HttpResponse<String> started = startThread(username, spaceId, title, html);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return idIn(started.body());
    }

    HttpResponse<String> reply(String username, long threadId, String json) {
        return api.json("POST", username, password(username), "api/forum/threads/" + threadId + "/posts", json);
    }

    HttpResponse<String> page(String username, long threadId, int page) {
        return api.get(username, password(username), "api/forum/threads/" + threadId + "?page=" + page);
    }

    HttpResponse<String> post(String username, String path) {
        return api.json("POST", username, password(username), path, "{}");
    }

    /** A DELETE as the browser client sends it (the API refuses writes without JSON or X-Requested-With). */
    HttpResponse<String> delete(String username, String password, String path) {
        return api.send(api.request(path, username, password).header("X-Requested-With", "XMLHttpRequest")
                .DELETE().build());
    }

    /** The forum's search as this person, answered 200. */
    String search(String username, String words) {
        HttpResponse<String> answer = api.get(username, password(username),
                "api/forum/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /**
     * Searches until the answer satisfies {@code done} (the outbox indexes after the commit);
     * fails when it never does within {@link #INDEXING}, a bound on waiting, not an expectation.
     */
    String searchUntil(String username, String words, Predicate<String> done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(INDEXING);
        String body = search(username, words);
        while (!done.test(body) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            body = search(username, words);
        }
        assertThat(body).matches(done::test, "what the index should hold by now");
        return body;
    }

    /** Latin letters only, new in every run (the index outlives test runs): a word found only where a test put it. */
    static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("gx");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** The id of post {@code number} on a page of a thread (posts carry no nested objects). */
    static long postId(String page, int number) {
        Matcher post = Pattern.compile("\\{[^{}]*\"number\":" + number + "[,}][^{}]*}").matcher(page);
        assertThat(post.find()).as("post " + number + " in " + page).isTrue();
        return idIn(post.group());
    }

    static long idIn(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /**
     * A new person with the given role who has already replaced their initial password with the
     * tests' one (until then the API answers them nothing else); the login name is unique per run.
     */
    String newPerson(String prefix, String role) {
        String username = prefix + "." + System.nanoTime() % 1_000_000_000L;
        api.createPerson(username, "ZONE", role, "Start2026x");
        HttpResponse<String> changed = api.json("PUT", username, "Start2026x", "api/people/me/password",
                "{\"currentPassword\":\"Start2026x\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return username;
    }

    static String password(String username) {
        return username.matches(".*\\.\\d+") ? PASSWORD : DEMO_PASSWORD;
    }
}
