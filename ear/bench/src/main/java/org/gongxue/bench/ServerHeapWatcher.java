package org.gongxue.bench;

import java.io.IOException;

/**
 * The platform server's heap while an operation runs, above what was live before it: polled
 * through WildFly's management API. Quick sampling ({@link #start}, every
 * {@value #SAMPLE_INTERVAL_MILLIS} ms) gives two upper bounds of what the operation keeps: all
 * heap in use (also counts garbage not yet collected), and the heap outside eden (what survived a
 * collection, but also large arrays, which G1 places outside eden from the start). Live sampling
 * ({@link #startLive}, a full collection before each reading, every
 * {@value #LIVE_SAMPLE_INTERVAL_MILLIS} ms) gives what the operation really holds, at the cost
 * of slowing it: only for rounds that are not timed.
 */
final class ServerHeapWatcher {

    static final long SAMPLE_INTERVAL_MILLIS = 100;
    static final long LIVE_SAMPLE_INTERVAL_MILLIS = 500;

    private final ServerMemory memory;
    private final ServerMemory.Heap before;
    private final boolean live;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakSurvived;
    private volatile IOException failure;

    private ServerHeapWatcher(ServerMemory memory, boolean live) throws IOException {
        this.memory = memory;
        this.live = live;
        // A full collection first, so that "before" is the live set, not earlier garbage.
        memory.collectGarbage();
        before = memory.heap();
        peakUsed = before.used();
        peakSurvived = before.survived();
        sampler = new Thread(this::sample, "server-heap-watcher");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ServerHeapWatcher start(ServerMemory memory) throws IOException {
        return new ServerHeapWatcher(memory, false);
    }

    static ServerHeapWatcher startLive(ServerMemory memory) throws IOException {
        return new ServerHeapWatcher(memory, true);
    }

    private void sample() {
        while (running) {
            try {
                if (live) {
                    memory.collectGarbage();
                }
                ServerMemory.Heap now = memory.heap();
                peakUsed = Math.max(peakUsed, now.used());
                peakSurvived = Math.max(peakSurvived, now.survived());
                Thread.sleep(live ? LIVE_SAMPLE_INTERVAL_MILLIS : SAMPLE_INTERVAL_MILLIS);
            } catch (IOException e) {
                failure = e;
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops polling; the peak growth of all heap in use and of the heap outside eden, in bytes. */
    Growth stop() throws IOException {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return new Growth(Math.max(0, peakUsed - before.used()), Math.max(0, peakSurvived - before.survived()));
    }

    record Growth(long used, long survived) {
    }
}
