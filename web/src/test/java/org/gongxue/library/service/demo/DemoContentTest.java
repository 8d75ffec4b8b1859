package org.gongxue.library.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoContentTest {

    private final DemoContent content = DemoContent.load();

    @Test
    void thirtyCoursesSpreadOverTheTopicsAndTheLocalities() {
        assertThat(content.courses()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(content.courses().stream().map(DemoCourse::locality).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("QINGPU", "WUJIANG", "JIASHAN", "ZONE");
        assertThat(content.courses().stream().map(DemoCourse::topic).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(8);
        assertThat(content.courses().stream().map(DemoCourse::title).collect(Collectors.toSet()))
                .as("titles are how seeding knows a course is there").hasSameSizeAs(content.courses());
    }

    @Test
    void everyCourseHasLecturesWithScriptsAndKnownLecturers() {
        assertThat(content.courses()).allSatisfy(course -> {
            assertThat(course.lectures()).isNotEmpty().allSatisfy(lecture -> assertThat(lecture.script()).isNotEmpty());
            assertThat(course.lecturers()).isNotEmpty()
                    .allSatisfy(key -> assertThat(content.lecturer(key).name()).isNotBlank());
            assertThat(course.abilities()).isNotEmpty();
        });
        Set<String> named = content.courses().stream().flatMap(course -> course.lecturers().stream())
                .collect(Collectors.toSet());
        assertThat(named).hasSizeGreaterThanOrEqualTo(10);
    }
}
