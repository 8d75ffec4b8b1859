package org.gongxue.library.service;

/** What an author fills in for a lecture. */
public record LectureDraft(String title, String summary) {
}
