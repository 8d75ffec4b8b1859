package org.gongxue.library.service;

/**
 * Fired (synchronously, inside the publishing transaction) each time a course is published, so
 * that other features can follow — the forum opens the course's discussion space. Observers must
 * be idempotent: a course withdrawn and published again fires it again.
 */
public record CoursePublished(long courseId, String title, String audienceKey) {
}
