package org.gongxue.events;

import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;
import static org.gongxue.testing.Api.DEMO_PASSWORD;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.gongxue.testing.Api;

/**
 * Events, their files and their courses as an organiser's script makes them over REST, for the
 * tests of posters, materials and recordings.
 */
final class EventFixtures {

    private final Api api;

    EventFixtures(Api api) {
        this.api = api;
    }

    /** An event of the series from {@code startsAt} for two hours, with seats for every locality. */
    long createEvent(String admin, String host, String audience, long seriesId, LocalDateTime startsAt, String title,
                     String speakerIds) {
        HttpResponse<String> created = api.json("POST", admin, DEMO_PASSWORD, "api/events", """
                {"seriesId":%d,"title":"%s","summary":"长三角生态绿色一体化发展示范区的新实践","startsAt":"%s",
                 "endsAt":"%s","place":"青浦区委党校报告厅","hostLocalityCode":"%s","audience":"%s",
                 "approvalRequired":false,"waitingLimit":2,"quotas":{"QINGPU":5,"WUJIANG":5,"JIASHAN":5},
                 "speakerIds":[%s]}""".formatted(seriesId, title, startsAt, startsAt.plusHours(2), host, audience,
                speakerIds));
        return number(expect(created, 201), "id");
    }

    /** An event that was held yesterday afternoon. */
    long heldEvent(String admin, String host, String audience, long seriesId, String title, String speakerIds) {
        return createEvent(admin, host, audience, seriesId, LocalDateTime.now().minusDays(1).withHour(14)
                .withMinute(0).withSecond(0).withNano(0), title, speakerIds);
    }

    HttpResponse<String> addFile(String user, long eventId, String kind, String fileName, String alt, byte[] bytes) {
        String query = "kind=" + kind + "&fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                + (alt == null ? "" : "&alt=" + URLEncoder.encode(alt, StandardCharsets.UTF_8));
        return api.send(api.request("api/events/" + eventId + "/files?" + query, user, DEMO_PASSWORD)
                .header("Content-Type", "application/octet-stream").header("X-Requested-With", "test")
                .version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    HttpResponse<String> files(String user, long eventId) {
        return api.get(user, DEMO_PASSWORD, "api/events/" + eventId + "/files");
    }

    HttpResponse<byte[]> download(String user, long fileId) {
        try {
            return HttpClient.newHttpClient().send(api.request("api/event-files/" + fileId, user,
                    DEMO_PASSWORD).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> makeCourse(String user, long eventId, String topicCode) {
        return api.json("POST", user, DEMO_PASSWORD, "api/events/" + eventId + "/course",
                "{\"topicCode\":\"" + topicCode + "\"}");
    }

    long seriesId(String code) {
        String all = api.get("cadre.qingpu", DEMO_PASSWORD, "api/events/series").body();
        Matcher series = Pattern.compile("\"code\":\"" + code + "\",\"id\":(\\d+)").matcher(all);
        if (!series.find()) {
            throw new AssertionError("No series " + code + " in " + all);
        }
        return Long.parseLong(series.group(1));
    }

    long newLecturer(String name) {
        return number(expect(api.json("POST", "admin.qingpu", DEMO_PASSWORD, "api/lecturers", """
                {"name":"%s","title":"教授","unitName":"复旦大学","kind":"SCHOLAR"}""".formatted(name)), 201), "id");
    }

    /** A small PNG poster drawn at test time. */
    static byte[] posterPng() {
        BufferedImage image = new BufferedImage(120, 170, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1d6b4f));
        graphics.fillRect(0, 0, 120, 170);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(10, 10, 100, 40);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
