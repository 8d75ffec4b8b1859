package org.gongxue.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Outbox worker settings (MicroProfile Config; e.g. GONGXUE_OUTBOX_WORKERS=4). */
@ApplicationScoped
public class OutboxSettings {

    /** Events handled at the same time on this server (transcoding is CPU-bound: keep it near the cores). */
    @Inject
    @ConfigProperty(name = "gongxue.outbox.workers", defaultValue = "2")
    int workers;

    /** How often an idle worker looks for new events. */
    @Inject
    @ConfigProperty(name = "gongxue.outbox.poll-millis", defaultValue = "1000")
    long pollMillis;

    /**
     * How long a claimed event belongs to its server. Longer than the slowest handler (a long
     * transcode): a server that dies holding a lease delays the event by this much, no more.
     */
    @Inject
    @ConfigProperty(name = "gongxue.outbox.lease-minutes", defaultValue = "30")
    long leaseMinutes;

    /** Attempts before an event ends FAILED. */
    @Inject
    @ConfigProperty(name = "gongxue.outbox.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** Delay before the first retry; each later retry waits twice as long, up to an hour. */
    @Inject
    @ConfigProperty(name = "gongxue.outbox.first-retry-seconds", defaultValue = "5")
    long firstRetrySeconds;

    /** How long an event waits when a service its handler needs is down (see ServiceDownException). */
    @Inject
    @ConfigProperty(name = "gongxue.outbox.service-down-retry-seconds", defaultValue = "30")
    long serviceDownRetrySeconds;

    public int workers() {
        return Math.max(1, workers);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(100, pollMillis));
    }

    public Duration lease() {
        return Duration.ofMinutes(Math.max(1, leaseMinutes));
    }

    public Duration serviceDownRetry() {
        return Duration.ofSeconds(Math.max(1, serviceDownRetrySeconds));
    }

    public RetrySchedule retrySchedule() {
        return new RetrySchedule(Math.max(1, maxAttempts), Duration.ofSeconds(Math.max(1, firstRetrySeconds)),
                Duration.ofHours(1));
    }
}
