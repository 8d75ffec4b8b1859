package org.gongxue.contentstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Streams a 300 MB object of unknown length through the store. The test JVM's heap is capped
 * far below the object's size (see failsafe's argLine), so the upload can only succeed if it
 * buffers about one part at a time; the first test refuses to run without that cap, lest it
 * prove nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeObjectIT extends StoreIntegrationTest {

    private static final long SIZE = 300L * 1024 * 1024;
    private static final long MAX_HEAP_FOR_PROOF = 128L * 1024 * 1024;
    private static final long SEED = 2024;

    private static final String KEY = "it/" + UUID.randomUUID() + "/large.bin";

    @AfterAll
    static void removeObject() {
        // 300 MB on the build's disk is not worth keeping.
        store.delete(KEY);
    }

    @Test
    @Order(1)
    void aStreamOfUnknownLengthFarLargerThanTheHeapIsStoredWithItsSha256() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("max heap; the test needs a heap too small to buffer the object")
                .isLessThanOrEqualTo(MAX_HEAP_FOR_PROOF);
        String expectedSha256 = GeneratedContent.sha256Hex(SEED, SIZE);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = usedHeap();
        long started = System.nanoTime();

        StoredObject stored = store.put(KEY, new GeneratedContent(SEED, SIZE), null);

        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("LargeObjectIT: put %d MiB in %d ms (%.0f MiB/s); max heap %d MiB, used before %d MiB,"
                        + " peak of heap pools during put %d MiB%n", SIZE >> 20, millis,
                (SIZE / 1048576.0) / (millis / 1000.0), Runtime.getRuntime().maxMemory() >> 20, before >> 20,
                peak >> 20);
        assertThat(stored.size()).isEqualTo(SIZE);
        assertThat(stored.sha256Hex()).isEqualTo(expectedSha256);
        assertThat(store.stat(KEY).size()).isEqualTo(SIZE);
    }

    @Test
    @Order(2)
    void rangesAtTheStartAcrossAPartBoundaryAndAtTheEndAreByteExact() throws Exception {
        long partSize = store.settings().partSizeBytes();
        assertRange(0, 4096);
        assertRange(partSize - 2048, 4096);
        assertRange(SIZE / 2 + 12345, 100_000);
        assertRange(SIZE - 4096, 4096);
        assertRange(SIZE - 1, 1);
    }

    @Test
    @Order(3)
    void theWholeObjectReadsBackWithTheSameSha256() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = store.get(KEY)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                size += n;
            }
        }
        assertThat(size).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(GeneratedContent.sha256Hex(SEED, SIZE));
    }

    private static void assertRange(long offset, int length) throws Exception {
        try (InputStream in = store.getRange(KEY, offset, length)) {
            assertThat(in.readAllBytes())
                    .as("bytes %d+%d", offset, length)
                    .isEqualTo(GeneratedContent.bytes(SEED, offset, length));
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
