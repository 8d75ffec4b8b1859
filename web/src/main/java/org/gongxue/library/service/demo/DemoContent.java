package org.gongxue.library.service.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongxue.platform.setup.BundledJson;

/** The demo library as the project wrote it: {@code courses.json} and {@code lecturers.json} next to this class. */
final class DemoContent {

    private final List<DemoCourse> courses;
    private final Map<String, DemoLecturer> lecturers;

    private DemoContent(List<DemoCourse> courses, List<DemoLecturer> lecturers) {
        this.courses = courses;
        this.lecturers = lecturers.stream().collect(Collectors.toMap(DemoLecturer::key, Function.identity()));
    }

    static DemoContent load() {
        return new DemoContent(List.of(BundledJson.read(DemoContent.class, "courses.json", DemoCourse[].class)),
                List.of(BundledJson.read(DemoContent.class, "lecturers.json", DemoLecturer[].class)));
    }

    List<DemoCourse> courses() {
        return courses;
    }

    DemoLecturer lecturer(String key) {
        DemoLecturer lecturer = lecturers.get(key);
        if (lecturer == null) {
            throw new IllegalStateException("courses.json names an unknown lecturer: " + key);
        }
        return lecturer;
    }
}
