package org.gongxue.library.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.Course;
import org.gongxue.library.model.CourseLevel;
import org.gongxue.library.model.CourseStatus;

/**
 * What views and the REST API see of a course: its fields, lecturers and lectures, and what the
 * reader who asked may do with it.
 */
public final class CourseView {

    private final long id;
    private final String title;
    private final String summary;
    private final boolean cover;
    private final String topicCode;
    private final List<Ability> abilities;
    private final CourseLevel level;
    private final BigDecimal creditHours;
    private final String localityCode;
    private final String audience;
    private final CourseStatus status;
    private final long ownerId;
    private final long viewCount;
    private final Instant publishedAt;
    private final Instant updatedAt;
    private final List<LecturerView> lecturers;
    private final List<LectureView> lectures;
    private final boolean editable;
    private final boolean publishable;

    CourseView(Course course, boolean editable, boolean publishable) {
        this.id = course.getId();
        this.title = course.getTitle();
        this.summary = course.getSummary();
        this.cover = course.getCoverKey() != null;
        this.topicCode = course.getTopicCode();
        this.abilities = course.getAbilities().stream().sorted().toList();
        this.level = course.getLevel();
        this.creditHours = course.getCreditHours();
        this.localityCode = course.getLocalityCode();
        this.audience = course.getAudience();
        this.status = course.getStatus();
        this.ownerId = course.getOwnerId();
        this.viewCount = course.getViewCount();
        this.publishedAt = course.getPublishedAt();
        this.updatedAt = course.getUpdatedAt();
        this.lecturers = course.getLecturers().stream().map(LecturerView::new).toList();
        this.lectures = course.getLectures().stream().map(LectureView::new).toList();
        this.editable = editable;
        this.publishable = publishable;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isCover() {
        return cover;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public List<Ability> getAbilities() {
        return abilities;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public BigDecimal getCreditHours() {
        return creditHours;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public String getAudience() {
        return audience;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getViewCount() {
        return viewCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<LecturerView> getLecturers() {
        return lecturers;
    }

    public List<LectureView> getLectures() {
        return lectures;
    }

    /** May the reader edit the course and its lectures and materials? */
    public boolean isEditable() {
        return editable;
    }

    /** May the reader publish or withdraw it? */
    public boolean isPublishable() {
        return publishable;
    }
}
