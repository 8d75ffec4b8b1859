package org.gongxue.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while an operation ran, above what was live before it. Sampled every few
 * milliseconds, so it is an upper bound that also counts garbage not yet collected; both
 * contenders are measured the same way, so their ratio is fair even when the absolute figure is
 * generous.
 */
final class HeapWatcher implements AutoCloseable {

    private static final long SAMPLE_INTERVAL_MILLIS = 2;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long liveBefore;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapWatcher() {
        // A collection first, so that "before" is the live set, not the previous operation's garbage.
        System.gc();
        liveBefore = memory.getHeapMemoryUsage().getUsed();
        peak = liveBefore;
        sampler = new Thread(this::sample, "heap-watcher");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatcher start() {
        return new HeapWatcher();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Peak growth in bytes; stops sampling. */
    long growth() {
        close();
        return Math.max(0, peak - liveBefore);
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
