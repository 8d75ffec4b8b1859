package org.gongxue.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.service.CourseDiscussions;

/** The way from a course's page to its discussion: {@code #{courseDiscussionLinks.spaceOf(course.id)}}. */
@Named
@RequestScoped
public class CourseDiscussionLinks {

    @Inject
    CourseDiscussions discussions;

    /** The id of the course's discussion space; null when it has none (never published). */
    public Long spaceOf(long courseId) {
        return discussions.spaceOf(courseId).map(Space::getId).orElse(null);
    }
}
