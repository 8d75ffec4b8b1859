package org.gongxue.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Handles outbox events on this server: every poll interval it claims as many due events as it
 * has free workers and runs each on the container's managed executor, so that a slow handler (a
 * transcode) never holds up the poll nor the other workers. A worker that finishes an event takes
 * the next due one at once, so that a backlog (a thousand courses to index after an outage) is
 * worked off at the handlers' pace rather than one event per poll interval.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    /** Names this server's leases: the node name for people reading the table, a random part for uniqueness. */
    private final String owner = System.getProperty("jboss.node.name", "server") + "/" + UUID.randomUUID();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean stopping;

    @Inject
    OutboxClaims claims;

    @Inject
    OutboxSettings settings;

    @Inject
    @Any
    Instance<OutboxHandler> handlers;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TimerService timers;

    private Map<String, OutboxHandler> handlersByTopic;

    @PostConstruct
    void start() {
        handlersByTopic = handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    @Timeout
    void poll() {
        int free = settings.workers() - busy.get();
        if (free <= 0 || stopping) {
            return;
        }
        try {
            for (OutboxMessage message : claims.claim(owner, free, settings.lease())) {
                busy.incrementAndGet();
                try {
                    executor.execute(() -> {
                        try {
                            work(message);
                        } finally {
                            busy.decrementAndGet();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // An executor that refuses (the server stopping) never runs the finally above;
                    // the claimed events go back to the queue when their lease expires.
                    busy.decrementAndGet();
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            // The database being away for a moment must not kill the timer: the next poll tries again.
            LOG.log(Level.WARNING, "Could not claim outbox events: " + e.getMessage());
        }
    }

    /** Handles the message, then the next due events one at a time until there are none or a service is down. */
    private void work(OutboxMessage first) {
        OutboxMessage message = first;
        while (message != null && handle(message) && !stopping) {
            message = next();
        }
    }

    private OutboxMessage next() {
        try {
            List<OutboxMessage> claimed = claims.claim(owner, 1, settings.lease());
            return claimed.isEmpty() ? null : claimed.get(0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not claim outbox events: " + e.getMessage());
            return null;
        }
    }

    /** @return false when a service the handler needs is down: the other due events most likely need it too */
    private boolean handle(OutboxMessage message) {
        OutboxHandler handler = handlersByTopic.get(message.topic());
        try {
            if (handler == null) {
                throw new IllegalStateException("No handler for topic " + message.topic());
            }
            handler.handle(message);
            claims.succeeded(message, owner);
            return true;
        } catch (ServiceDownException e) {
            LOG.log(Level.INFO, () -> "Outbox event " + message + " waits: " + e.getMessage());
            claims.postponed(message, owner, describe(e), Instant.now().plus(settings.serviceDownRetry()));
            return false;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Outbox event " + message + " failed", e);
            claims.failed(message, owner, describe(e), settings.retrySchedule());
            return true;
        }
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < OutboxEvent.MAX_ERROR_LENGTH;
                cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
