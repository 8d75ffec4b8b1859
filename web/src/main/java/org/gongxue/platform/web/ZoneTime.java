package org.gongxue.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the pages: in the zone's own time (China Standard Time), whatever the server's clock zone. */
public final class ZoneTime {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private ZoneTime() {
    }

    /** {@code 2026-11-26 18:05:09}; empty for no time. */
    public static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
