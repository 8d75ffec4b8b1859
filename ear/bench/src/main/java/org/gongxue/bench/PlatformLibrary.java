package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course library through the platform's REST API, as its demo people of Qingpu use it: a
 * teacher writes courses and uploads materials (the chunked upload protocol), the locality's
 * administrator publishes, a cadre reads. Nothing here reaches around the API.
 */
final class PlatformLibrary {

    static final String TEACHER = "teacher.qingpu";
    static final String ADMINISTRATOR = "admin.qingpu";
    static final String CADRE = "cadre.qingpu";
    static final String LOCALITY = "QINGPU";

    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(10);

    private final BenchConfig config;
    private final PlatformClient teacher;
    private final PlatformClient administrator;

    private PlatformLibrary(BenchConfig config, PlatformClient teacher, PlatformClient administrator) {
        this.config = config;
        this.teacher = teacher;
        this.administrator = administrator;
    }

    /** Signs the teacher and the administrator in (with the login form: a session each). */
    static PlatformLibrary open(BenchConfig config) throws IOException {
        requireReady(config);
        return new PlatformLibrary(config, signIn(config, TEACHER), signIn(config, ADMINISTRATOR));
    }

    /** The build starts the platform but goes on if it fails to (to stop the other servers): said here. */
    private static void requireReady(BenchConfig config) throws IOException {
        URI health = config.managementUrl().resolve("/health/ready");
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() == 200) {
                return;
            }
        } catch (IOException e) {
            // Reported below with where to look.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("the platform is not ready at " + health + "; see " + config.platformLog()
                + " and console.log beside it");
    }

    static PlatformClient signIn(BenchConfig config, String username) throws IOException {
        return PlatformClient.signedIn(config.platformUrl(), username, config.platformPassword());
    }

    /** A draft course of the teacher's locality for the whole zone, with one lecture. */
    Course draftCourse(String title, String summary, String topic, List<String> abilities) throws IOException {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title);
        draft.put("summary", summary);
        draft.put("topicCode", topic);
        draft.put("abilities", abilities);
        draft.put("level", "GENERAL");
        draft.put("creditHours", 2);
        long courseId = teacher.post("/api/courses", draft).path("id").asLong();
        long lectureId = teacher.post("/api/courses/" + courseId + "/lectures",
                Map.of("title", "第一讲 " + title, "summary", summary)).path("id").asLong();
        if (courseId == 0 || lectureId == 0) {
            throw new IOException("creating course '" + title + "' gave no ids");
        }
        return new Course(courseId, lectureId);
    }

    /** The teacher submits the course for review, the locality's administrator publishes it. */
    void publish(Course course) throws IOException {
        teacher.post("/api/courses/" + course.id() + "/submit");
        JsonNode published = administrator.post("/api/courses/" + course.id() + "/publish");
        if (!"PUBLISHED".equals(published.path("status").asText())) {
            throw new IOException("course " + course.id() + " is " + published.path("status") + " after publishing");
        }
    }

    /**
     * Uploads a file as the teacher with the REST upload protocol: start, every part, complete,
     * with {@code inFlight} parts sent at once (the browser's upload script sends one at a time
     * unless told otherwise). Returns the new material.
     */
    Upload upload(long lectureId, String slot, Path file, int inFlight) throws IOException {
        long size = Files.size(file);
        JsonNode started = teacher.post("/api/uploads", Map.of("lectureId", lectureId, "slot", slot,
                "fileName", file.getFileName().toString(), "size", size));
        String id = started.path("id").asText();
        int chunkSize = started.path("chunkSize").asInt();
        int parts = started.path("partCount").asInt();
        if (id.isEmpty() || chunkSize < 1 || parts < 1) {
            throw new IOException("POST /api/uploads answered " + started);
        }
        AtomicInteger nextPart = new AtomicInteger(1);
        try (FileChannel channel = FileChannel.open(file)) {
            Callable<Void> sender = () -> {
                byte[] chunk = new byte[chunkSize];
                for (int part = nextPart.getAndIncrement(); part <= parts; part = nextPart.getAndIncrement()) {
                    long offset = (long) (part - 1) * chunkSize;
                    ByteBuffer into = ByteBuffer.wrap(chunk, 0, (int) Math.min(chunkSize, size - offset));
                    while (into.hasRemaining() && channel.read(into, offset + into.position()) > 0) {
                        // Reads until the chunk is full.
                    }
                    teacher.putBytes("/api/uploads/" + id + "/parts/" + part, chunk, into.position());
                }
                return null;
            };
            inParallel(sender, inFlight);
        }
        JsonNode completed = teacher.post("/api/uploads/" + id + "/complete");
        long materialId = completed.path("materialId").asLong();
        if (materialId == 0) {
            throw new IOException("completing upload " + id + " answered " + completed);
        }
        return new Upload(materialId, chunkSize, parts);
    }

    /** Runs {@code task} in {@code copies} threads at once and waits for all; the first failure is thrown. */
    static void inParallel(Callable<Void> task, int copies) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                running.add(threads.submit(task));
            }
            for (Future<Void> copy : running) {
                copy.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Uploads a small file as the teacher in one request ({@code POST /api/lectures/{id}/materials});
     * returns the new material's id.
     */
    long uploadWhole(long lectureId, String slot, String fileName, byte[] bytes) throws IOException {
        long materialId = teacher.postBytes("/api/lectures/" + lectureId + "/materials?"
                + PlatformClient.query(Map.of("slot", slot, "fileName", fileName)), bytes).path("id").asLong();
        if (materialId == 0) {
            throw new IOException("uploading " + fileName + " to lecture " + lectureId + " gave no material id");
        }
        return materialId;
    }

    /**
     * Waits until processing has finished with every material of the lectures; fails naming the
     * first that ended FAILED.
     */
    void awaitLecturesProcessed(List<Long> lectureIds, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long lectureId : lectureIds) {
            while (true) {
                int unfinished = 0;
                for (JsonNode material : teacher.get("/api/lectures/" + lectureId).path("materials")) {
                    String state = material.path("state").asText();
                    if (state.equals("FAILED")) {
                        throw new IOException("material " + material.path("id") + " failed: "
                                + material.path("failureReason").asText());
                    }
                    if (!state.equals("READY")) {
                        unfinished++;
                    }
                }
                if (unfinished == 0) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(unfinished + " materials of lecture " + lectureId + " unprocessed after "
                            + timeout + "; see " + config.platformLog());
                }
                Thread.sleep(500);
            }
        }
    }

    /** Waits until processing has finished with a material (READY or FAILED); returns its state. */
    JsonNode awaitProcessed(long materialId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PROCESSING_TIMEOUT.toNanos();
        while (true) {
            JsonNode material = teacher.get("/api/materials/" + materialId);
            String state = material.path("state").asText();
            if (state.equals("READY") || state.equals("FAILED")) {
                return material;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("material " + materialId + " still " + state + " after " + PROCESSING_TIMEOUT
                        + "; see " + config.platformLog());
            }
            Thread.sleep(500);
        }
    }

    void deleteMaterial(long materialId) throws IOException {
        teacher.delete("/api/materials/" + materialId);
    }

    record Course(long id, long lectureId) {
    }

    /** A finished upload: the material it made, and how the platform cut it. */
    record Upload(long materialId, int chunkSize, int parts) {
    }
}
