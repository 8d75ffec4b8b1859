package org.gongxue.events.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;
import org.junit.jupiter.api.Test;

class EventDraftChecksTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 14, 0);

    @Test
    void aCompleteDraftPasses() {
        assertThatCode(() -> EventDraftChecks.check(draft("青浦区委党校", null, Map.of("QINGPU", 10))))
                .doesNotThrowAnyException();
        assertThatCode(() -> EventDraftChecks.check(draft(null, "https://meeting.example/123", Map.of("JIASHAN", 1))))
                .doesNotThrowAnyException();
    }

    @Test
    void anEventNeedsAPlaceOrAnOnlineAddressOfTheWeb() {
        assertThat(problems(draft(null, null, Map.of("QINGPU", 1)))).containsExactly("events.event.place.required");
        assertThat(problems(draft(null, "javascript:alert(1)", Map.of("QINGPU", 1))))
                .containsExactly("events.event.onlineUrl.invalid");
    }

    @Test
    void seatsMustBeGivenToKnownLocalitiesAndToAtLeastOne() {
        assertThat(problems(draft("党校", null, Map.of("QINGPU", 0, "WUJIANG", 0)))).containsExactly("events.event.quota.none");
        assertThat(problems(draft("党校", null, Map.of("ZONE", 5)))).containsExactly("events.event.quota.invalid");
        assertThat(problems(draft("党校", null, Map.of("QINGPU", 10_001)))).containsExactly("events.event.quota.invalid");
    }

    @Test
    void aMissingDraftIsAProblemNotACrash() {
        assertThatThrownBy(() -> EventDraftChecks.check(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("events.event.missing"));
    }

    @Test
    void aMissingSpeakerListOrNullEntriesAreProblemsNotCrashes() {
        Map<String, Integer> nullSeats = new HashMap<>();
        nullSeats.put("QINGPU", null);
        Map<String, Integer> nullLocality = new HashMap<>();
        nullLocality.put(null, 3);

        assertThat(problems(withSpeakers(null))).containsExactly("events.room.speakers.missing");
        assertThat(problems(withSpeakers(Arrays.asList(1L, null)))).containsExactly("events.event.speaker.unknown");
        assertThat(problems(draft("党校", null, nullSeats))).containsExactly("events.event.quota.invalid");
        assertThat(problems(draft("党校", null, nullLocality))).containsExactly("events.event.quota.invalid");
    }

    private static EventDraft withSpeakers(List<Long> speakerIds) {
        return new EventDraft(1, "长三角一体化的制度创新", null, START, START.plusHours(2), "党校", null, "QINGPU",
                "zone", false, 5, Map.of("QINGPU", 1), speakerIds, null);
    }

    private static List<String> problems(EventDraft draft) {
        try {
            EventDraftChecks.check(draft);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::messageKey).toList();
        }
    }

    private static EventDraft draft(String place, String onlineUrl, Map<String, Integer> quotas) {
        return new EventDraft(1, "长三角一体化的制度创新", null, START, START.plusHours(2), place, onlineUrl, "QINGPU",
                "zone", false, 5, quotas, List.of(), null);
    }
}
