package org.gongxue.library.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.CourseLevel;

/**
 * What a teacher or administrator fills in for a course. {@code localityCode} null means the
 * author's own locality; {@code audience} null means the whole zone. {@code lecturerIds} in the
 * order they are to be shown.
 */
public record CourseDraft(String title, String summary, String topicCode, Set<Ability> abilities, CourseLevel level,
                          BigDecimal creditHours, String localityCode, String audience, List<Long> lecturerIds) {

    public CourseDraft {
        abilities = abilities == null ? Set.of() : Set.copyOf(abilities);
        lecturerIds = lecturerIds == null ? List.of() : List.copyOf(lecturerIds);
    }
}
