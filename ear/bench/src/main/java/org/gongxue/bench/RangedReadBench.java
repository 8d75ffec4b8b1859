package org.gongxue.bench;

import io.minio.GetObjectArgs;
import io.minio.PutObjectArgs;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * ContentStore.getRange of 1 MiB at random offsets (what a video player's seeks look like)
 * against MinIO's getObject with offset and length, on the same object and the same offsets.
 */
final class RangedReadBench {

    private static final long RANGE_BYTES = 1 << 20;
    private static final int WARM_UP_READS = 40;
    private static final int READS_PER_ROUND = 60;
    private static final String KEY = "bench/range-source";

    private final BenchConfig config;
    private final ObjectStoreFixture s3;
    private final byte[] sink = new byte[64 * 1024];

    RangedReadBench(BenchConfig config, ObjectStoreFixture s3) {
        this.config = config;
        this.s3 = s3;
    }

    List<Comparison> run() throws Exception {
        long objectBytes = config.putMegabytes() * 1024L * 1024L;
        s3.minio.putObject(PutObjectArgs.builder().bucket(ObjectStoreFixture.BUCKET).object(KEY)
                .stream(new RandomBytes(objectBytes), objectBytes, -1).build());
        try {
            Random offsets = new Random(42);
            Samples platformTotal = new Samples();
            Samples baselineTotal = new Samples();
            Samples platformFirstByte = new Samples();
            Samples baselineFirstByte = new Samples();
            // Warm-up: both contenders, results dropped.
            for (int i = 0; i < WARM_UP_READS; i++) {
                long offset = nextOffset(offsets, objectBytes);
                read(true, offset, new Samples(), new Samples());
                read(false, offset, new Samples(), new Samples());
            }
            for (int round = 0; round < config.repetitions(); round++) {
                long[] roundOffsets = new long[READS_PER_ROUND];
                for (int i = 0; i < roundOffsets.length; i++) {
                    roundOffsets[i] = nextOffset(offsets, objectBytes);
                }
                // The same offsets for both, in alternating order from round to round.
                boolean platformFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean platform = (turn == 0) == platformFirst;
                    for (long offset : roundOffsets) {
                        read(platform, offset, platform ? platformTotal : baselineTotal,
                                platform ? platformFirstByte : baselineFirstByte);
                    }
                }
            }
            String name = "ranged read of 1 MiB at random offsets";
            List<Comparison> rows = new ArrayList<>();
            rows.add(new Comparison(name, "throughput, one reader", opsPerSecond(platformTotal),
                    opsPerSecond(baselineTotal), "reads/s", true,
                    "baseline: MinioClient.getObject(offset, length); " + platformTotal.count() + " reads each"));
            rows.add(new Comparison(name, "whole read p50", Samples.millis(platformTotal.median()),
                    Samples.millis(baselineTotal.median()), "ms", false, ""));
            rows.add(new Comparison(name, "time to first byte p50", Samples.millis(platformFirstByte.median()),
                    Samples.millis(baselineFirstByte.median()), "ms", false, ""));
            rows.add(new Comparison(name, "time to first byte p95", Samples.millis(platformFirstByte.percentile(95)),
                    Samples.millis(baselineFirstByte.percentile(95)), "ms", false, ""));
            return rows;
        } finally {
            s3.remove(KEY);
        }
    }

    private void read(boolean platform, long offset, Samples total, Samples firstByte) throws Exception {
        long start = System.nanoTime();
        try (InputStream in = platform
                ? s3.store.getRange(KEY, offset, RANGE_BYTES)
                : s3.minio.getObject(GetObjectArgs.builder().bucket(ObjectStoreFixture.BUCKET).object(KEY)
                        .offset(offset).length(RANGE_BYTES).build())) {
            if (in.read() < 0) {
                throw new IOException("empty range at " + offset);
            }
            firstByte.add(System.nanoTime() - start);
            long read = 1 + drain(in);
            if (read != RANGE_BYTES) {
                throw new IOException("read " + read + " bytes of a " + RANGE_BYTES + "-byte range at " + offset);
            }
        }
        total.add(System.nanoTime() - start);
    }

    private long drain(InputStream in) throws IOException {
        long total = 0;
        int n;
        while ((n = in.read(sink)) > 0) {
            total += n;
        }
        return total;
    }

    private static long nextOffset(Random random, long objectBytes) {
        return (long) (random.nextDouble() * (objectBytes - RANGE_BYTES));
    }

    private static double opsPerSecond(Samples durations) {
        return durations.count() / (durations.sum() / 1e9);
    }
}
