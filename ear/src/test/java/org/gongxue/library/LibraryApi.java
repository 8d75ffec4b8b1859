package org.gongxue.library;

import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongxue.testing.Api;

/**
 * The library's REST API as a script calls it, as one of the demo accounts: courses, lectures,
 * the chunked upload protocol and whole-file uploads. Answers are returned as they are, for the
 * test to judge; the few fields a test needs are read with {@link #number} and {@link #text}.
 */
public final class LibraryApi {

    static final String CHUNKS = "application/octet-stream";
    /** Bodies go over HTTP/1.1 with their Content-Length, as browsers send them (HTTP/2's h2c upgrade cannot carry one). */
    static final HttpClient.Version BODIES = HttpClient.Version.HTTP_1_1;

    private final Api api;

    public LibraryApi(Api api) {
        this.api = api;
    }

    public long createCourse(String user, String title) {
        HttpResponse<String> created = api.json("POST", user, DEMO_PASSWORD, "api/courses", """
                {"title":"%s","summary":"示范区干部培训课程","topicCode":"DELTA_INTEGRATION","abilities":["REFORM"],
                 "level":"GENERAL","creditHours":2}""".formatted(title));
        return number(expect(created, 201), "id");
    }

    public long addLecture(String user, long courseId, String title) {
        HttpResponse<String> added = api.json("POST", user, DEMO_PASSWORD, "api/courses/" + courseId + "/lectures",
                "{\"title\":\"" + title + "\"}");
        return number(expect(added, 201), "id");
    }

    public HttpResponse<String> startUpload(String user, long lectureId, String slot, String fileName, long size) {
        return api.json("POST", user, DEMO_PASSWORD, "api/uploads", """
                {"lectureId":%d,"slot":"%s","fileName":"%s","size":%d}""".formatted(lectureId, slot,
                jsonEscaped(fileName), size));
    }

    HttpResponse<String> startReplacement(String user, long lectureId, long materialId, String fileName, long size) {
        return api.json("POST", user, DEMO_PASSWORD, "api/uploads", """
                {"lectureId":%d,"replacesMaterialId":%d,"fileName":"%s","size":%d}""".formatted(lectureId,
                materialId, jsonEscaped(fileName), size));
    }

    HttpResponse<String> putPart(String user, String uploadId, int part, byte[] bytes) {
        return api.send(api.request("api/uploads/" + uploadId + "/parts/" + part, user, DEMO_PASSWORD)
                .header("Content-Type", CHUNKS).header("X-Requested-With", "test").version(BODIES)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    HttpResponse<String> progress(String user, String uploadId) {
        return api.get(user, DEMO_PASSWORD, "api/uploads/" + uploadId);
    }

    HttpResponse<String> complete(String user, String uploadId) {
        return api.send(api.request("api/uploads/" + uploadId + "/complete", user, DEMO_PASSWORD)
                .header("X-Requested-With", "test").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> cancel(String user, String uploadId) {
        return api.send(api.request("api/uploads/" + uploadId, user, DEMO_PASSWORD)
                .header("X-Requested-With", "test").DELETE().build());
    }

    HttpResponse<String> uploadWhole(String user, long lectureId, String slot, String fileName, byte[] bytes) {
        return api.send(api.request("api/lectures/" + lectureId + "/materials?slot=" + slot + "&fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8), user, DEMO_PASSWORD)
                .header("Content-Type", CHUNKS).header("X-Requested-With", "test").version(BODIES)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    HttpResponse<String> material(String user, long materialId) {
        return api.get(user, DEMO_PASSWORD, "api/materials/" + materialId);
    }

    HttpResponse<String> deleteMaterial(String user, long materialId) {
        return api.send(api.request("api/materials/" + materialId, user, DEMO_PASSWORD)
                .header("X-Requested-With", "test").DELETE().build());
    }

    /** How many materials the lecture has, as its editor sees it. */
    int lectureMaterialCount(String user, long lectureId) {
        String body = expect(api.get(user, DEMO_PASSWORD, "api/lectures/" + lectureId), 200).body();
        return (int) Pattern.compile("\"originalName\":").matcher(body).results().count();
    }

    /** The whole protocol: start, every part in order, complete; returns the completion's answer. */
    public HttpResponse<String> uploadInParts(String user, long lectureId, String slot, String fileName, byte[] file) {
        HttpResponse<String> started = expect(startUpload(user, lectureId, slot, fileName, file.length), 201);
        String id = text(started, "id");
        int chunkSize = (int) number(started, "chunkSize");
        for (int part = 1; (long) (part - 1) * chunkSize < file.length; part++) {
            expect(putPart(user, id, part, chunk(file, chunkSize, part)), 204);
        }
        return complete(user, id);
    }

    /** Part {@code part} (from 1) of a file cut into chunks of {@code chunkSize} bytes. */
    static byte[] chunk(byte[] file, int chunkSize, int part) {
        int from = (part - 1) * chunkSize;
        return Arrays.copyOfRange(file, from, Math.min(file.length, from + chunkSize));
    }

    public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " from " + response.request().method() + " "
                    + response.uri() + ", got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    public static long number(HttpResponse<String> response, String field) {
        return Long.parseLong(first(response, "\"" + field + "\":(-?\\d+)"));
    }

    public static String text(HttpResponse<String> response, String field) {
        return first(response, "\"" + field + "\":\"([^\"]*)\"");
    }

    static List<Integer> numbers(HttpResponse<String> response, String field) {
        String list = first(response, "\"" + field + "\":\\[([^\\]]*)\\]");
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static String first(HttpResponse<String> response, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(response.body());
        if (!matcher.find()) {
            throw new AssertionError("No " + regex + " in " + response.body());
        }
        return matcher.group(1);
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x206f)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
