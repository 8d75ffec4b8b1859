package org.gongxue.events.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An event as an organiser writes it. Times are the zone's wall-clock time; {@code quotas} gives
 * the seats of each locality (QINGPU, WUJIANG, JIASHAN); {@code speakerIds} are lecturers in order.
 */
public record EventDraft(long seriesId, String title, String summary, LocalDateTime startsAt, LocalDateTime endsAt,
                         String place, String onlineUrl, String hostLocalityCode, String audience,
                         boolean approvalRequired, int waitingLimit, Map<String, Integer> quotas,
                         List<Long> speakerIds) {

    public EventDraft {
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
        speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
    }
}
