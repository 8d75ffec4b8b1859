package org.gongxue.bench;

import io.minio.PutObjectArgs;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.contentstore.StoredObject;

/**
 * ContentStore.put of a large stream of unknown length against MinIO's putObject of the same
 * bytes with the same part size. The store adds a SHA-256 and a byte count on the way
 * (MeasuringInputStream): this shows what that costs in throughput and memory.
 */
final class ObjectPutBench {

    private static final String CONTENT_TYPE = "application/octet-stream";
    private static final int WARM_UP_ROUNDS = 1;

    private final BenchConfig config;
    private final ObjectStoreFixture s3;

    ObjectPutBench(BenchConfig config, ObjectStoreFixture s3) {
        this.config = config;
        this.s3 = s3;
    }

    List<Comparison> run() throws Exception {
        long bytes = config.putMegabytes() * 1024L * 1024L;
        Samples platformMbPerSecond = new Samples();
        Samples baselineMbPerSecond = new Samples();
        Samples platformHeap = new Samples();
        Samples baselineHeap = new Samples();
        Samples platformCpu = new Samples();
        Samples baselineCpu = new Samples();
        for (int round = 0; round < WARM_UP_ROUNDS + config.repetitions(); round++) {
            boolean measured = round >= WARM_UP_ROUNDS;
            // Alternate who goes first, so that neither always meets a warmer page cache.
            boolean platformFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean platform = (turn == 0) == platformFirst;
                String key = "bench/put-" + (platform ? "platform" : "baseline") + "-" + round;
                HeapWatcher heap = HeapWatcher.start();
                long cpuBefore = ProcessCpu.nanos();
                long start = System.nanoTime();
                if (platform) {
                    StoredObject stored = s3.store.put(key, new RandomBytes(bytes), CONTENT_TYPE);
                    if (stored.size() != bytes) {
                        throw new IllegalStateException("stored " + stored.size() + " bytes of " + bytes);
                    }
                } else {
                    s3.minio.putObject(PutObjectArgs.builder()
                            .bucket(ObjectStoreFixture.BUCKET)
                            .object(key)
                            .stream(new RandomBytes(bytes), -1, s3.settings.partSizeBytes())
                            .contentType(CONTENT_TYPE)
                            .build());
                }
                long elapsed = System.nanoTime() - start;
                long cpu = ProcessCpu.nanos() - cpuBefore;
                long heapGrowth = heap.growth();
                s3.remove(key);
                if (measured) {
                    long megabytesPerSecondTimes1000 = Math.round(bytes / 1e6 / (elapsed / 1e9) * 1000);
                    (platform ? platformMbPerSecond : baselineMbPerSecond).add(megabytesPerSecondTimes1000);
                    (platform ? platformHeap : baselineHeap).add(heapGrowth);
                    (platform ? platformCpu : baselineCpu).add(cpu);
                }
                System.out.printf("  put round %d %-8s %6.1f MB/s, heap +%d MiB, CPU %d ms%n", round,
                        platform ? "platform" : "baseline", bytes / 1e6 / (elapsed / 1e9), heapGrowth >> 20,
                        cpu / 1_000_000);
            }
        }
        String name = "put " + config.putMegabytes() + " MiB, unknown length";
        List<Comparison> rows = new ArrayList<>();
        rows.add(new Comparison(name, "throughput, median of " + config.repetitions(),
                platformMbPerSecond.median() / 1000.0, baselineMbPerSecond.median() / 1000.0, "MB/s", true,
                "baseline: MinioClient.putObject(stream, -1, same part size)"));
        rows.add(new Comparison(name, "throughput, worst of " + config.repetitions(),
                platformMbPerSecond.min() / 1000.0, baselineMbPerSecond.min() / 1000.0,
                "MB/s", true, ""));
        rows.add(new Comparison(name, "bench JVM CPU per put, median", Samples.millis(platformCpu.median()),
                Samples.millis(baselineCpu.median()), "ms", false,
                "CPU of all threads of the bench JVM (hashing, signing, copying)"));
        rows.add(new Comparison(name, "bench JVM heap growth, max", platformHeap.max() / 1048576.0,
                baselineHeap.max() / 1048576.0, "MiB", false,
                "peak heap used during the put above the live set before it (sampled every 2 ms; includes uncollected garbage)"));
        return rows;
    }
}
