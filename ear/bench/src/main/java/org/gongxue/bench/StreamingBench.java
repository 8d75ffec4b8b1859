package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreSettings;
import org.gongxue.contentstore.ObjectInfo;

/**
 * A lecture video streamed by a cadre through the platform's streaming endpoint
 * ({@code /api/streams/materials/{id}}) against a direct S3 GET of the same object (a presigned
 * URL), read by the same JDK HTTP client, so that only the server side differs.
 *
 * <p>The lecture is real: a course and lecture created by a teacher through the REST API, the
 * video uploaded with the REST upload protocol and processed by the platform, the course then
 * published by the locality's administrator. Measured: the whole video read start to end (MB/s),
 * and seeks — a Range request from an offset in the middle, as a player sends when one drags the
 * slider — by time to first byte.
 */
final class StreamingBench {

    private static final int SEEKS = 40;
    private static final int SEEK_READ_BYTES = 256 * 1024;
    private static final Duration PRESIGNED_FOR = Duration.ofHours(2);

    private final BenchConfig config;
    private final byte[] sink = new byte[64 * 1024];

    StreamingBench(BenchConfig config) {
        this.config = config;
    }

    List<Comparison> run() throws Exception {
        Path video = LectureVideo.ofAtLeast(config.dataDir(), config.streamMegabytes());
        long size = Files.size(video);
        PlatformLibrary library = PlatformLibrary.open(config);
        PlatformLibrary.Course course = library.draftCourse("长三角一体化示范区建设专题讲座",
                "示范区制度创新的经验与做法。", "DELTA_INTEGRATION", List.of("REFORM"));
        long materialId = library.upload(course.lectureId(), "VIDEO", video, 1).materialId();
        JsonNode processed = library.awaitProcessed(materialId);
        if (!processed.path("state").asText().equals("READY")) {
            throw new IOException("the lecture video was not processed: " + processed);
        }
        library.publish(course);

        PlatformClient cadre = PlatformLibrary.signIn(config, PlatformLibrary.CADRE);
        String stream = "/api/streams/materials/" + materialId;
        URI direct = presignedUrlOfTheSameObject(cadre, stream, size);

        // Warm-up, and the proof that both read exactly the uploaded bytes.
        String expected = sha256(Files.newInputStream(video));
        requireSame(expected, sha256(cadre.open(stream, null).body()), "the streaming endpoint");
        requireSame(expected, sha256(cadre.openUrl(direct, null).body()), "the direct S3 GET");

        Samples platformMbPerSecond = new Samples();
        Samples baselineMbPerSecond = new Samples();
        for (int round = 0; round < config.transferRepetitions(); round++) {
            boolean platformFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean platform = (turn == 0) == platformFirst;
                long start = System.nanoTime();
                HttpResponse<InputStream> response = platform ? cadre.open(stream, null) : cadre.openUrl(direct, null);
                long read = drain(response.body(), Long.MAX_VALUE);
                long elapsed = System.nanoTime() - start;
                if (read != size) {
                    throw new IOException("read " + read + " of " + size + " bytes");
                }
                double megabytesPerSecond = size / 1e6 / (elapsed / 1e9);
                (platform ? platformMbPerSecond : baselineMbPerSecond).add(Math.round(megabytesPerSecond * 1000));
                System.out.printf("  stream round %d %-8s %6.1f MB/s%n", round, platform ? "platform" : "baseline",
                        megabytesPerSecond);
            }
        }

        Samples platformFirstByte = new Samples();
        Samples baselineFirstByte = new Samples();
        Random offsets = new Random(7);
        for (int i = 0; i < SEEKS; i++) {
            // Somewhere in the middle half, as far from the start as a seek gets.
            long offset = size / 4 + (long) (offsets.nextDouble() * (size / 2));
            String range = "bytes=" + offset + "-";
            boolean platformFirst = i % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean platform = (turn == 0) == platformFirst;
                long start = System.nanoTime();
                HttpResponse<InputStream> response = platform ? cadre.open(stream, range) : cadre.openUrl(direct, range);
                if (response.statusCode() != 206) {
                    throw new IOException("a seek answered " + response.statusCode() + " instead of 206");
                }
                try (InputStream body = response.body()) {
                    if (body.read() < 0) {
                        throw new IOException("empty answer to " + range);
                    }
                    (platform ? platformFirstByte : baselineFirstByte).add(System.nanoTime() - start);
                    // A player reads on a little, then seeks again: the rest is left unread.
                    drain(body, SEEK_READ_BYTES);
                }
            }
        }

        String megabytes = String.format("%.0f MB", size / 1e6);
        String name = "stream a " + megabytes + " lecture video, whole";
        String seek = "seek in the " + megabytes + " lecture (Range: bytes=<middle>-)";
        List<Comparison> rows = new ArrayList<>();
        rows.add(new Comparison(name, "throughput, median of " + config.transferRepetitions(),
                platformMbPerSecond.median() / 1000.0, baselineMbPerSecond.median() / 1000.0, "MB/s", true,
                "baseline: presigned S3 GET of the same object; the same JDK HttpClient reads both; cadre signed in"
                        + " (session)", Goal.ratioAtLeast(0.8)));
        rows.add(new Comparison(name, "throughput, worst of " + config.transferRepetitions(),
                platformMbPerSecond.min() / 1000.0, baselineMbPerSecond.min() / 1000.0, "MB/s", true, ""));
        rows.add(new Comparison(seek, "time to first byte p50", Samples.millis(platformFirstByte.median()),
                Samples.millis(baselineFirstByte.median()), "ms", false,
                SEEKS + " seeks each at the same seeded offsets in the middle half; 256 KiB read after each"));
        rows.add(new Comparison(seek, "time to first byte p95", Samples.millis(platformFirstByte.percentile(95)),
                Samples.millis(baselineFirstByte.percentile(95)), "ms", false, ""));
        return rows;
    }

    /**
     * The object the endpoint serves, found in the platform's bucket by its size and ETag (the
     * endpoint's strong ETag is the store's), and a presigned GET of it.
     */
    private URI presignedUrlOfTheSameObject(PlatformClient cadre, String stream, long size) throws IOException {
        HttpResponse<InputStream> first = cadre.open(stream, "bytes=0-0");
        first.body().close();
        String etag = first.headers().firstValue("ETag")
                .orElseThrow(() -> new IOException(stream + " sent no ETag")).replace("\"", "");
        ContentStoreSettings settings = new ContentStoreSettings(config.s3Endpoint(), config.s3AccessKey(),
                config.s3SecretKey(), ContentStoreSettings.DEFAULT_BUCKET, ContentStoreSettings.DEFAULT_REGION,
                ContentStoreSettings.DEFAULT_PART_SIZE_MB);
        try (ContentStore store = new ContentStore(settings)) {
            for (String key : store.listKeys("")) {
                ObjectInfo info = store.stat(key);
                if (info.size() == size && info.etag().replace("\"", "").equals(etag)) {
                    return store.presignedGet(key, PRESIGNED_FOR);
                }
            }
        }
        throw new IOException("no object of " + size + " bytes with ETag " + etag + " in the platform's bucket");
    }

    private long drain(InputStream in, long atMost) throws IOException {
        long total = 0;
        try (in) {
            int n;
            while (total < atMost && (n = in.read(sink, 0, (int) Math.min(sink.length, atMost - total))) > 0) {
                total += n;
            }
        }
        return total;
    }

    private String sha256(InputStream in) throws IOException {
        try {
            DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            drain(digesting, Long.MAX_VALUE);
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireSame(String expected, String actual, String what) throws IOException {
        if (!expected.equals(actual)) {
            throw new IOException(what + " did not return the uploaded bytes");
        }
    }
}
