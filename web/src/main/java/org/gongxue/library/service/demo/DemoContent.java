package org.gongxue.library.service.demo;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The demo library as the project wrote it: {@code courses.json} and {@code lecturers.json} next to this class. */
final class DemoContent {

    private final List<DemoCourse> courses;
    private final Map<String, DemoLecturer> lecturers;

    private DemoContent(List<DemoCourse> courses, List<DemoLecturer> lecturers) {
        this.courses = courses;
        this.lecturers = lecturers.stream().collect(Collectors.toMap(DemoLecturer::key, Function.identity()));
    }

    static DemoContent load() {
        try (Jsonb json = JsonbBuilder.create()) {
            return new DemoContent(List.of(read(json, "courses.json", DemoCourse[].class)),
                    List.of(read(json, "lecturers.json", DemoLecturer[].class)));
        } catch (Exception e) {
            throw new IllegalStateException("The demo library's files cannot be read", e);
        }
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

    private static <T> T read(Jsonb json, String name, Class<T> type) throws IOException {
        try (InputStream in = DemoContent.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Missing resource " + name);
            }
            return json.fromJson(in, type);
        }
    }
}
