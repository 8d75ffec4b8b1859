package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the library keeps unfinished uploads and when it sweeps what they leave behind
 * (MicroProfile Config; e.g. GONGXUE_LIBRARY_UPLOAD_SESSION_HOURS=48). Chunk sizes and the
 * size limits of each kind of file are the upload engine's (gongxue.upload.*).
 */
@ApplicationScoped
public class LibraryUploadSettings {

    /** An upload that receives no chunk for this long is abandoned: its parts are aborted, its record deleted. */
    @Inject
    @ConfigProperty(name = "gongxue.library.upload-session-hours", defaultValue = "24")
    long sessionHours;

    /**
     * How old an object or unfinished upload without any record must be before the sweeper
     * removes it: longer than the slowest single upload request, which stores its bytes before
     * it writes the record that names them.
     */
    @Inject
    @ConfigProperty(name = "gongxue.library.orphan-grace-minutes", defaultValue = "120")
    long orphanGraceMinutes;

    /** How often the sweeper runs on each server. */
    @Inject
    @ConfigProperty(name = "gongxue.library.sweep-minutes", defaultValue = "15")
    long sweepMinutes;

    public Duration sessionLifetime() {
        return Duration.ofHours(Math.max(1, sessionHours));
    }

    public Duration orphanGrace() {
        return Duration.ofMinutes(Math.max(1, orphanGraceMinutes));
    }

    public Duration sweepInterval() {
        return Duration.ofMinutes(Math.max(1, sweepMinutes));
    }
}
