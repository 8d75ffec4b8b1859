package org.gongxue.library.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the orphan sweep on every server at the configured interval (non-persistent timer: a missed run is simply the next one). */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OrphanSweepTimer {

    private static final Logger LOG = Logger.getLogger(OrphanSweepTimer.class.getName());

    @Inject
    OrphanSweep sweep;

    @Inject
    LibraryUploadSettings settings;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long interval = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    void run() {
        try {
            OrphanSweep.Swept swept = sweep.sweep(Instant.now());
            LOG.fine(() -> "Upload sweep: " + swept);
        } catch (RuntimeException e) {
            // The object store or the database being away must not kill the timer.
            LOG.log(Level.WARNING, "Upload sweep failed; it runs again in " + settings.sweepInterval(), e);
        }
    }
}
