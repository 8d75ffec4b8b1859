package org.gongxue.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several workers on several servers share one outbox: the server's own worker and three more
 * "servers" (threads claiming under owners of their own) race for the same events, and every
 * event is handled exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxClaimsIT {

    private static final int EVENTS = 600;
    private static final int OTHER_SERVERS = 3;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(OutboxClaimsIT.class, CountingHandler.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxClaims claims;

    @Inject
    CountingHandler handler;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void everyEventIsHandledExactlyOnceWhateverNumberOfWorkersClaimIt() throws Exception {
        String run = Long.toString(System.nanoTime());
        transaction.begin();
        for (int i = 0; i < EVENTS; i++) {
            outbox.enqueue(CountingHandler.TOPIC, run + "-" + i);
        }
        transaction.commit();

        ExecutorService otherServers = Executors.newFixedThreadPool(OTHER_SERVERS);
        List<Future<Integer>> handledElsewhere = new ArrayList<>();
        for (int server = 0; server < OTHER_SERVERS; server++) {
            String owner = "other-server-" + server;
            handledElsewhere.add(otherServers.submit(() -> work(owner, run)));
        }
        otherServers.shutdown();
        int elsewhere = 0;
        for (Future<Integer> handled : handledElsewhere) {
            elsewhere += handled.get();
        }

        List<String> keys = handler.handled().keySet().stream().filter(key -> key.startsWith(run + "-")).toList();
        assertThat(keys).hasSize(EVENTS);
        assertThat(keys).allSatisfy(key -> assertThat(handler.handled().get(key).get()).as(key).isEqualTo(1));
        // Three claimers besides the server's own worker compete; how the events split between them
        // is the scheduler's business (on a busy machine the server's worker may get none).
        assertThat(elsewhere).as("events the other servers handled").isPositive();
    }

    @Test
    void eventsOfOneKeyAreHandledOneAfterTheOther() throws Exception {
        String key = CountingHandler.SLOW + System.nanoTime();
        enqueue(CountingHandler.TOPIC, key);
        await(() -> handler.inFlight(key) == 1, "the first event being handled");
        // The first one is leased: this is a second event, and the server's other worker is free.
        enqueue(CountingHandler.TOPIC, key);

        await(() -> handled(key) == 2, "both events handled");
        assertThat(handler.mostAtOnce(key)).as("events of one key handled at once").isEqualTo(1);
    }

    @Test
    void aChangeJoiningAWaitingEventIsHandledOnlyAfterItCommits() throws Exception {
        String key = "joined-" + System.nanoTime();
        // The first event of the key is held by a worker elsewhere, so the next one must wait.
        transaction.begin();
        outbox.enqueue(CountingHandler.TOPIC, key);
        em.flush();
        long held = em.createQuery("select e.id from OutboxEvent e where e.key = :key", Long.class)
                .setParameter("key", key).getSingleResult();
        em.createQuery("update OutboxEvent e set e.leaseOwner = 'elsewhere', e.leaseUntil = :until where e.id = :id")
                .setParameter("until", Instant.now().plus(Duration.ofMinutes(5)))
                .setParameter("id", held)
                .executeUpdate();
        transaction.commit();
        enqueue(CountingHandler.TOPIC, key);

        transaction.begin();
        outbox.enqueue(CountingHandler.TOPIC, key);
        // The held event ends while the change that joined the waiting one is still open: the
        // server's worker now may claim the waiting event, and must not handle it before the commit.
        claims.succeeded(new OutboxMessage(held, CountingHandler.TOPIC, key, 1), "elsewhere");
        Thread.sleep(3 * POLL.toMillis());
        int handledBeforeCommit = handled(key);
        transaction.commit();

        assertThat(handledBeforeCommit).as("handled before the joining change committed").isZero();
        await(() -> handled(key) == 1, "the joined event handled after the commit");
    }

    private int handled(String key) {
        AtomicInteger count = handler.handled().get(key);
        return count == null ? 0 : count.get();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private void enqueue(String topic, String key) throws Exception {
        transaction.begin();
        outbox.enqueue(topic, key);
        transaction.commit();
    }

    /** One more server: claims and handles until every event of the run is handled somewhere. */
    private int work(String owner, String run) throws Exception {
        int handled = 0;
        Instant deadline = Instant.now().plus(PATIENCE);
        while (handledOfRun(run) < EVENTS && Instant.now().isBefore(deadline)) {
            for (OutboxMessage message : claims.claim(owner, 5, Duration.ofMinutes(1))) {
                handler.handle(message);
                claims.succeeded(message, owner);
                handled++;
            }
        }
        return handled;
    }

    private long handledOfRun(String run) {
        return handler.handled().keySet().stream().filter(key -> key.startsWith(run + "-")).count();
    }
}
