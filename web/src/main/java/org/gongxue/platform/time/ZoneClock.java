package org.gongxue.platform.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The zone's wall-clock time. Events, chair terms and "today" are the time people in Qingpu,
 * Wujiang and Jiashan read on their clocks, whatever zone the server runs in.
 */
public final class ZoneClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ZoneClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
