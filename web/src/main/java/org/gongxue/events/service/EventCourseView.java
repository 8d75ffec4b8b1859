package org.gongxue.events.service;

import java.util.List;
import org.gongxue.library.model.CourseStatus;
import org.gongxue.library.service.CourseView;

/**
 * The course an event became, as the event page and the REST API show it to one reader:
 * {@code editable} says whether that reader edits it in the library (uploads the recording,
 * publishes it). {@code materialsNotCopied} names the event's files that could not be copied into
 * the course when it was made (empty otherwise): the organiser adds them on the library's pages.
 */
public final class EventCourseView {

    private final long eventId;
    private final long courseId;
    private final long lectureId;
    private final String title;
    private final CourseStatus status;
    private final boolean editable;
    private final List<String> materialsNotCopied;

    EventCourseView(long eventId, long lectureId, CourseView course, List<String> materialsNotCopied) {
        this.eventId = eventId;
        this.courseId = course.getId();
        this.lectureId = lectureId;
        this.title = course.getTitle();
        this.status = course.getStatus();
        this.editable = course.isEditable();
        this.materialsNotCopied = List.copyOf(materialsNotCopied);
    }

    public long getEventId() {
        return eventId;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getLectureId() {
        return lectureId;
    }

    public String getTitle() {
        return title;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<String> getMaterialsNotCopied() {
        return materialsNotCopied;
    }
}
