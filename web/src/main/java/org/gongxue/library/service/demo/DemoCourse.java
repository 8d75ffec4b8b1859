package org.gongxue.library.service.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.CourseLevel;

/** One course of the demo library as written in {@code courses.json}. */
public record DemoCourse(String title, String summary, String topic, Set<Ability> abilities, String locality,
                         CourseLevel level, BigDecimal hours, List<String> lecturers, List<DemoLecture> lectures) {

    /** One lecture: its title and what the lecturer says, sentence by sentence (the subtitles). */
    public record DemoLecture(String title, List<String> script) {
    }
}
