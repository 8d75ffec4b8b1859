package org.gongxue.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Locks out repeated failures, per account and per client address: guessing one account's
 * password and trying one password on many accounts are both stopped. Before the lock, each
 * failure is answered after a growing delay ({@link FailureDelay}). Counts for names that do not
 * exist too, so neither a lock nor a delay reveals which accounts exist.
 */
@ApplicationScoped
@Transactional
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    SecuritySettings settings;

    public boolean isLocked(String username, String address) {
        Instant now = Instant.now();
        return lockedKey(accountKey(username), now) || lockedKey(addressKey(address), now);
    }

    /** Counts a failure against the account and the address; returns how long its answer should wait. */
    public Duration failed(String username, String address) {
        Instant now = Instant.now();
        Duration accountDelay = fail(accountKey(username), settings.accountFailures(), now);
        Duration addressDelay = fail(addressKey(address), settings.addressFailures(), now);
        return accountDelay.compareTo(addressDelay) >= 0 ? accountDelay : addressDelay;
    }

    /** A success forgets the account's failures (not the address's: one good account must not unlock guessing). */
    public void succeeded(String username) {
        SignInThrottle throttle = em.find(SignInThrottle.class, accountKey(username));
        if (throttle != null && !throttle.isLocked(Instant.now())) {
            em.remove(throttle);
        }
    }

    private boolean lockedKey(String key, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key);
        return throttle != null && throttle.isLocked(now);
    }

    private Duration fail(String key, int limit, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(key);
            em.persist(throttle);
        }
        int failures = throttle.fail(now, limit, settings.lockPeriod());
        if (throttle.isLocked(now)) {
            Instant until = throttle.lockedUntil();
            LOG.warning(() -> "Sign-in locked for " + key + " until " + until + " after " + limit + " failures");
        }
        return FailureDelay.forLimit(limit).after(failures);
    }

    static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }
}
