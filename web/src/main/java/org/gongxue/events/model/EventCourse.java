package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongxue.platform.database.TrackedEntity;

/**
 * The course of the library an event became after it was held: its recording and materials as a
 * lecture of a course of the event's series. Ids only: the library owns the course and lecture.
 */
@Entity
@Table(name = "event_course")
public class EventCourse extends TrackedEntity {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "lecture_id", nullable = false, updatable = false)
    private long lectureId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    protected EventCourse() {
    }

    public EventCourse(long eventId, long courseId, long lectureId, long createdBy) {
        this.eventId = eventId;
        this.courseId = courseId;
        this.lectureId = lectureId;
        this.createdBy = createdBy;
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

    public long getCreatedBy() {
        return createdBy;
    }
}
