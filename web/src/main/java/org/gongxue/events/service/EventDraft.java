package org.gongxue.events.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongxue.events.model.EventKind;

/**
 * An event as an organiser writes it. Times are the zone's wall-clock time; {@code quotas} gives
 * the seats of each locality (QINGPU, WUJIANG, JIASHAN); {@code speakerIds} are lecturers in order;
 * {@code kind} is fixed at creation (a lecture when not given; unchanged when an edit leaves it out). A salon's or symposium's audience is its invited
 * members, whatever the draft says. Missing quotas count as none; a missing speaker list and null
 * entries are kept for the checks to refuse (a JSON client may send them: an event without
 * speakers says so with an empty list, so that a client's mistake cannot remove them all).
 */
public record EventDraft(long seriesId, String title, String summary, LocalDateTime startsAt, LocalDateTime endsAt,
                         String place, String onlineUrl, String hostLocalityCode, String audience,
                         boolean approvalRequired, int waitingLimit, Map<String, Integer> quotas,
                         List<Long> speakerIds, EventKind kind) {

    public EventDraft {
        quotas = quotas == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(quotas));
        speakerIds = speakerIds == null ? null : Collections.unmodifiableList(new ArrayList<>(speakerIds));
    }
}
