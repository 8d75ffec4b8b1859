package org.gongxue.events.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/** Checks an event draft and reports every problem at once, with bundle keys for the messages. */
final class EventDraftChecks {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_PLACE = 200;
    static final int MAX_URL = 500;
    static final int MAX_SEATS = 10_000;
    static final int MAX_WAITING = 1_000;
    static final Set<String> LOCALITIES = Set.of("QINGPU", "WUJIANG", "JIASHAN");
    static final Set<String> HOSTS = Set.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE");

    private EventDraftChecks() {
    }

    static void check(EventDraft draft) {
        if (draft == null) {
            throw InvalidInputException.of(null, "events.event.missing");
        }
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", draft.title(), MAX_TITLE, true);
        text(problems, "summary", draft.summary(), MAX_SUMMARY, false);
        text(problems, "place", draft.place(), MAX_PLACE, false);
        if (draft.startsAt() == null || draft.endsAt() == null) {
            problems.add(Problem.of("startsAt", "events.event.time.required"));
        } else if (!draft.endsAt().isAfter(draft.startsAt())) {
            problems.add(Problem.of("endsAt", "events.event.time.order"));
        }
        if (isBlank(draft.place()) && isBlank(draft.onlineUrl())) {
            problems.add(Problem.of("place", "events.event.place.required"));
        }
        if (!isBlank(draft.onlineUrl()) && !isWebAddress(draft.onlineUrl().strip())) {
            problems.add(Problem.of("onlineUrl", "events.event.onlineUrl.invalid"));
        }
        if (draft.hostLocalityCode() == null || !HOSTS.contains(draft.hostLocalityCode())) {
            problems.add(Problem.of("hostLocalityCode", "events.event.host.invalid"));
        }
        if (!isAudience(draft.audience())) {
            problems.add(Problem.of("audience", "events.event.audience.invalid"));
        }
        if (draft.waitingLimit() < 0 || draft.waitingLimit() > MAX_WAITING) {
            problems.add(Problem.of("waitingLimit", "events.event.waitingLimit.invalid"));
        }
        checkQuotas(problems, draft.quotas());
        if (draft.speakerIds() == null) {
            problems.add(Problem.of("speakerIds", "events.room.speakers.missing"));
        } else if (draft.speakerIds().contains(null)) {
            problems.add(Problem.of("speakerIds", "events.event.speaker.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkQuotas(List<Problem> problems, Map<String, Integer> quotas) {
        boolean wellFormed = quotas.entrySet().stream().allMatch(quota -> quota.getKey() != null
                && LOCALITIES.contains(quota.getKey())
                && quota.getValue() != null && quota.getValue() >= 0 && quota.getValue() <= MAX_SEATS);
        if (!wellFormed) {
            problems.add(Problem.of("quotas", "events.event.quota.invalid"));
        } else if (quotas.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            problems.add(Problem.of("quotas", "events.event.quota.none"));
        }
    }

    private static void text(List<Problem> problems, String field, String value, int maxLength, boolean required) {
        if (isBlank(value)) {
            if (required) {
                problems.add(Problem.of(field, "events.event." + field + ".required"));
            }
        } else if (value.strip().length() > maxLength) {
            problems.add(Problem.of(field, "events.event." + field + ".tooLong"));
        }
    }

    private static boolean isAudience(String key) {
        try {
            Audience.parse(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text);
            return text.length() <= MAX_URL && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String strippedOrNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
