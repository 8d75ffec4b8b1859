package org.gongxue.library.service.demo;

import org.gongxue.library.model.LecturerKind;

/** One lecturer of the demo library as written in {@code lecturers.json}; courses name them by key. */
public record DemoLecturer(String key, String name, String title, String unit, LecturerKind kind, String locality) {
}
