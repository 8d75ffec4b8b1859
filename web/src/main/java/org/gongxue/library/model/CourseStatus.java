package org.gongxue.library.model;

/**
 * The life of a course: a teacher drafts it and submits it for review; an administrator of its
 * locality publishes it (only then do cadres see it) and may withdraw it; editing a withdrawn
 * course makes it a draft again.
 */
public enum CourseStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    WITHDRAWN
}
