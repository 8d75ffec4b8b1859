package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/** Checks a course draft and reports every problem at once, with bundle keys for the messages. */
@ApplicationScoped
class CourseDraftChecks {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 4000;
    private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    private static final BigDecimal MAX_HOURS = new BigDecimal("100");

    @Inject
    TopicCatalog topics;

    /** Throws {@link InvalidInputException} unless the draft is complete and the actor may place it where it says. */
    void check(Actor actor, CourseDraft draft, String localityCode) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", draft.title(), MAX_TITLE, true);
        text(problems, "summary", draft.summary(), MAX_SUMMARY, false);
        if (!topics.exists(draft.topicCode())) {
            problems.add(Problem.of("topic", "library.course.topic.required"));
        }
        if (draft.level() == null) {
            problems.add(Problem.of("level", "library.course.level.required"));
        }
        BigDecimal hours = draft.creditHours();
        if (hours == null || hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            problems.add(Problem.of("creditHours", "library.course.creditHours.invalid"));
        }
        if (!actor.mayAdminister(localityCode) && !localityCode.equals(actor.localityCode())) {
            problems.add(Problem.of("locality", "library.course.locality.notYours"));
        }
        if (draft.audience() != null) {
            try {
                Audience.parse(draft.audience());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of("audience", "library.course.audience.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static void text(List<Problem> problems, String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.of(field, "library." + field + ".required"));
            }
        } else if (value.strip().length() > maxLength) {
            problems.add(Problem.of(field, "library." + field + ".tooLong"));
        }
    }

    static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
