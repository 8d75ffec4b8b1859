package org.gongxue.bench;

import io.minio.PutObjectArgs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A large lecture video uploaded by a teacher through the platform's REST upload protocol
 * (start, one chunk after the other, complete: what the browser's upload script does) against a
 * direct put of the same file with the MinIO client the platform uses, in parts of the same
 * size, into the same S3Proxy. Also: how much the server's heap grows meanwhile, read through
 * WildFly's management API.
 *
 * <p>Both read the file from the page cache. The platform's time ends when {@code complete}
 * answers; the processing that follows (probe, poster, web-ready copy) is waited for outside
 * the clock, and the material then deleted, so that no round's processing runs into the next.
 */
final class UploadBench {

    private static final int WARM_UP_ROUNDS = 1;
    private static final long MIB = 1024 * 1024;

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
        Samples platformMbPerSecond = new Samples();
        Samples baselineMbPerSecond = new Samples();
        Samples heapUsed = new Samples();
        Samples heapSurvived = new Samples();
        int chunkSize = 0;
        try (ObjectStoreFixture s3 = new ObjectStoreFixture(config)) {
            for (int round = 0; round < WARM_UP_ROUNDS + config.transferRepetitions(); round++) {
                boolean measured = round >= WARM_UP_ROUNDS;
                boolean platformFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean platform = (turn == 0) == platformFirst;
                    long elapsed;
                    if (platform) {
                        ServerHeapWatcher heap = ServerHeapWatcher.start(memory);
                        long start = System.nanoTime();
                        PlatformLibrary.Upload upload = library.upload(course.lectureId(), "VIDEO", video);
                        elapsed = System.nanoTime() - start;
                        ServerHeapWatcher.Growth growth = heap.stop();
                        chunkSize = upload.chunkSize();
                        if (measured) {
                            heapUsed.add(growth.used());
                            heapSurvived.add(growth.survived());
                        }
                        System.out.printf("  upload round %d platform %6.1f MB/s, server heap +%d MiB (outside eden"
                                + " +%d MiB), %d chunks of %d MiB%n", round, size / 1e6 / (elapsed / 1e9),
                                growth.used() / MIB, growth.survived() / MIB, upload.parts(), upload.chunkSize() / MIB);
                        library.awaitProcessed(upload.materialId());
                        library.deleteMaterial(upload.materialId());
                    } else {
                        String key = "bench/upload-" + round;
                        long start = System.nanoTime();
                        try (InputStream in = Files.newInputStream(video)) {
                            s3.minio.putObject(PutObjectArgs.builder()
                                    .bucket(ObjectStoreFixture.BUCKET)
                                    .object(key)
                                    .stream(in, size, chunkSize > 0 ? chunkSize : s3.settings.partSizeBytes())
                                    .contentType("video/mp4")
                                    .build());
                        }
                        elapsed = System.nanoTime() - start;
                        s3.remove(key);
                        System.out.printf("  upload round %d baseline %6.1f MB/s%n", round, size / 1e6 / (elapsed / 1e9));
                    }
                    if (measured) {
                        (platform ? platformMbPerSecond : baselineMbPerSecond)
                                .add(Math.round(size / 1e6 / (elapsed / 1e9) * 1000));
                    }
                }
            }
        }
        String name = String.format("upload a %.0f MB lecture video", size / 1e6);
        List<Comparison> rows = new ArrayList<>();
        rows.add(new Comparison(name, "throughput, median of " + config.transferRepetitions(),
                platformMbPerSecond.median() / 1000.0, baselineMbPerSecond.median() / 1000.0, "MB/s", true,
                "platform: POST /api/uploads, PUT every " + chunkSize / MIB + " MiB chunk in turn, POST complete, as"
                        + " the teacher (session); baseline: MinioClient.putObject of the same file, same part size",
                Goal.ratioAtLeast(0.7)));
        rows.add(new Comparison(name, "throughput, worst of " + config.transferRepetitions(),
                platformMbPerSecond.min() / 1000.0, baselineMbPerSecond.min() / 1000.0, "MB/s", true, ""));
        rows.add(Comparison.alone(name, "server heap growth, peak of all in use", heapUsed.max() / (double) MIB, "MiB",
                "sampled every " + ServerHeapWatcher.SAMPLE_INTERVAL_MILLIS + " ms through the management API, above"
                        + " the live set after a full GC; counts garbage not yet collected; server -Xmx "
                        + memory.maxHeap() / MIB + " MiB", null));
        rows.add(Comparison.alone(name, "server heap growth, peak outside eden", heapSurvived.max() / (double) MIB,
                "MiB", "what survived a young collection: what the upload holds, plus garbage that outlived one GC",
                Goal.valueBelow(64, "MiB")));
        return rows;
    }
}
