package org.gongxue.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handler for tests: counts how often each event key was handled, by which thread, and how
 * many times at once. Keys starting with {@value #SLOW} take half a second.
 */
@ApplicationScoped
public class CountingHandler implements OutboxHandler {

    public static final String TOPIC = "test.counting";
    public static final String SLOW = "slow-";

    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byThread = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostAtOnce = new ConcurrentHashMap<>();

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) throws InterruptedException {
        String key = message.key();
        int atOnce = inFlight.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        mostAtOnce.computeIfAbsent(key, k -> new AtomicInteger()).accumulateAndGet(atOnce, Math::max);
        try {
            byThread.computeIfAbsent(Thread.currentThread().getName(), name -> new AtomicInteger()).incrementAndGet();
            // Long enough for the other claimers to try the same rows meanwhile.
            Thread.sleep(key.startsWith(SLOW) ? 500 : 5);
        } finally {
            inFlight.get(key).decrementAndGet();
            handled.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    public int inFlight(String key) {
        AtomicInteger count = inFlight.get(key);
        return count == null ? 0 : count.get();
    }

    public int mostAtOnce(String key) {
        AtomicInteger most = mostAtOnce.get(key);
        return most == null ? 0 : most.get();
    }

    public Map<String, AtomicInteger> handled() {
        return handled;
    }

    public Map<String, AtomicInteger> byThread() {
        return byThread;
    }
}
