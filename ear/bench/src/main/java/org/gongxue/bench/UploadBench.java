package org.gongxue.bench;

import io.minio.PutObjectArgs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A large lecture video uploaded by a teacher through the platform's REST upload protocol
 * (start, the chunks, complete: what the browser's upload script does) against a direct put of
 * the same file with the MinIO client the platform uses, in parts of the same size, into the
 * same S3Proxy. Two ways through the platform: one chunk at a time (the upload script's
 * default) and two in flight (what the teacher's page asks of it), which lets the server
 * forward one chunk to the store while it receives the next. Also: how much the server's heap grows.
 *
 * <p>Both read the file from the page cache. The platform's time ends when {@code complete}
 * answers; the processing that follows (probe, poster, web-ready check) is waited for outside
 * the clock, and the material then deleted, so that no round's processing runs into the next.
 * The heap is watched in every platform round (quick sampling: upper bounds) and in one extra,
 * untimed round with a full collection before each reading (what the upload holds live).
 */
final class UploadBench {

    private static final int WARM_UP_ROUNDS = 1;
    private static final long MIB = 1024 * 1024;
    /** The contenders, in the order of the first round; later rounds rotate it. */
    private static final List<Integer> IN_FLIGHT = List.of(1, 2);

    private final BenchConfig config;

    UploadBench(BenchConfig config) {
        this.config = config;
    }

    List<Comparison> run() throws Exception {
        Path video = LectureVideo.ofAtLeast(config.dataDir(), config.uploadMegabytes());
        long size = Files.size(video);
        PlatformLibrary library = PlatformLibrary.open(config);
        PlatformLibrary.Course course = library.draftCourse("营商环境优化专题讲座（上传测试）",
                "营商环境建设的实践与案例。", "BUSINESS_ENVIRONMENT", List.of("IMPLEMENTATION"));
        ServerMemory memory = new ServerMemory(config.managementUrl(), config.managementUser(),
                config.managementPassword());
        // Index 0: the baseline; then one per number of chunks in flight.
        List<Samples> megabytesPerSecond = new ArrayList<>();
        for (int i = 0; i <= IN_FLIGHT.size(); i++) {
            megabytesPerSecond.add(new Samples());
        }
        Samples heapUsed = new Samples();
        Samples heapOutsideEden = new Samples();
        int chunkSize = 0;
        try (ObjectStoreFixture s3 = new ObjectStoreFixture(config)) {
            for (int round = 0; round < WARM_UP_ROUNDS + config.transferRepetitions(); round++) {
                boolean measured = round >= WARM_UP_ROUNDS;
                for (int turn = 0; turn <= IN_FLIGHT.size(); turn++) {
                    int contender = (turn + round) % (IN_FLIGHT.size() + 1);
                    long elapsed;
                    if (contender > 0) {
                        int inFlight = IN_FLIGHT.get(contender - 1);
                        ServerHeapWatcher heap = ServerHeapWatcher.start(memory);
                        long start = System.nanoTime();
                        PlatformLibrary.Upload upload = library.upload(course.lectureId(), "VIDEO", video, inFlight);
                        elapsed = System.nanoTime() - start;
                        ServerHeapWatcher.Growth growth = heap.stop();
                        chunkSize = upload.chunkSize();
                        if (measured && inFlight == 1) {
                            heapUsed.add(growth.used());
                            heapOutsideEden.add(growth.survived());
                        }
                        System.out.printf("  upload round %d platform, %d in flight %6.1f MB/s, server heap +%d MiB"
                                        + " (outside eden +%d MiB), %d chunks of %d MiB%n", round, inFlight,
                                size / 1e6 / (elapsed / 1e9), growth.used() / MIB, growth.survived() / MIB,
                                upload.parts(), upload.chunkSize() / MIB);
                        library.awaitProcessed(upload.materialId());
                        library.deleteMaterial(upload.materialId());
                    } else {
                        elapsed = putDirectly(s3, video, size, chunkSize, "bench/upload-" + round);
                        System.out.printf("  upload round %d baseline %6.1f MB/s%n", round, size / 1e6 / (elapsed / 1e9));
                    }
                    if (measured) {
                        megabytesPerSecond.get(contender).add(Math.round(size / 1e6 / (elapsed / 1e9) * 1000));
                    }
                }
            }
        }
        ServerHeapWatcher live = ServerHeapWatcher.startLive(memory);
        PlatformLibrary.Upload watched = library.upload(course.lectureId(), "VIDEO", video, 1);
        ServerHeapWatcher.Growth liveGrowth = live.stop();
        library.awaitProcessed(watched.materialId());
        library.deleteMaterial(watched.materialId());

        String name = String.format("upload a %.0f MB lecture video", size / 1e6);
        Samples baseline = megabytesPerSecond.get(0);
        List<Comparison> rows = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT.size(); i++) {
            Samples platform = megabytesPerSecond.get(i + 1);
            String contender = IN_FLIGHT.get(i) == 1 ? "one chunk at a time (upload.js's default)"
                    : IN_FLIGHT.get(i) + " chunks in flight (the teacher's page)";
            rows.add(new Comparison(name + ", " + contender, "throughput, median of " + config.transferRepetitions(),
                    platform.median() / 1000.0, baseline.median() / 1000.0, "MB/s", true, i > 0 ? ""
                    : "platform: POST /api/uploads, PUT every " + chunkSize / MIB + " MiB chunk, POST complete, as the"
                            + " teacher (session); baseline: MinioClient.putObject of the same file, same part size",
                    Goal.ratioAtLeast(0.7)));
            rows.add(new Comparison(name + ", " + contender, "throughput, worst of " + config.transferRepetitions(),
                    platform.min() / 1000.0, baseline.min() / 1000.0, "MB/s", true, ""));
        }
        rows.add(Comparison.alone(name, "server heap growth, live (full GC before each reading)",
                liveGrowth.used() / (double) MIB, "MiB", "one untimed upload, one chunk at a time, heap read every "
                        + ServerHeapWatcher.LIVE_SAMPLE_INTERVAL_MILLIS + " ms after a full collection; server -Xmx "
                        + memory.maxHeap() / MIB + " MiB", Goal.valueBelow(64, "MiB")));
        rows.add(Comparison.alone(name, "server heap growth, peak of all in use", heapUsed.max() / (double) MIB, "MiB",
                "timed rounds, one chunk at a time, sampled every " + ServerHeapWatcher.SAMPLE_INTERVAL_MILLIS
                        + " ms: counts garbage not yet collected", null));
        rows.add(Comparison.alone(name, "server heap growth, peak outside eden", heapOutsideEden.max() / (double) MIB,
                "MiB", "also counts dead chunk buffers: G1 puts arrays of a region's size or more outside eden", null));
        return rows;
    }

    private static long putDirectly(ObjectStoreFixture s3, Path video, long size, int chunkSize, String key)
            throws Exception {
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(video)) {
            s3.minio.putObject(PutObjectArgs.builder()
                    .bucket(ObjectStoreFixture.BUCKET)
                    .object(key)
                    .stream(in, size, chunkSize > 0 ? chunkSize : s3.settings.partSizeBytes())
                    .contentType("video/mp4")
                    .build());
        }
        long elapsed = System.nanoTime() - start;
        s3.remove(key);
        return elapsed;
    }
}
