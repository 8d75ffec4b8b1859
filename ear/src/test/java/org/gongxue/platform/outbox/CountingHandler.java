package org.gongxue.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A handler for tests: counts how often each event key was handled, and by which thread. */
@ApplicationScoped
public class CountingHandler implements OutboxHandler {

    public static final String TOPIC = "test.counting";

    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byThread = new ConcurrentHashMap<>();

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) throws InterruptedException {
        handled.computeIfAbsent(message.key(), key -> new AtomicInteger()).incrementAndGet();
        byThread.computeIfAbsent(Thread.currentThread().getName(), name -> new AtomicInteger()).incrementAndGet();
        // Long enough for the other claimers to try the same rows meanwhile.
        Thread.sleep(5);
    }

    public Map<String, AtomicInteger> handled() {
        return handled;
    }

    public Map<String, AtomicInteger> byThread() {
        return byThread;
    }
}
