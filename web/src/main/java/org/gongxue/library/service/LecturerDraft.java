package org.gongxue.library.service;

import org.gongxue.library.model.LecturerKind;

/** What an author fills in for a new lecturer. {@code localityCode} null means the author's own. */
public record LecturerDraft(String name, String title, String unitName, LecturerKind kind, String localityCode) {
}
