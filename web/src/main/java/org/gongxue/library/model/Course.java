package org.gongxue.library.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongxue.platform.database.TrackedEntity;

/**
 * A course (课程) of the shared library. Only the services in {@code org.gongxue.library.service}
 * change it; views and the REST API get {@code CourseView}s.
 */
@Entity
@Table(name = "course")
public class Course extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "cover_key")
    private String coverKey;

    @Column(name = "topic_code", nullable = false)
    private String topicCode;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseLevel level = CourseLevel.GENERAL;

    @Column(name = "credit_hours", nullable = false)
    private BigDecimal creditHours = BigDecimal.ONE;

    /** The key of the audience that may see the course once published (see platform.access.Audience). */
    @Column(nullable = false)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseStatus status = CourseStatus.DRAFT;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_ability", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ability", nullable = false)
    private Set<Ability> abilities = EnumSet.noneOf(Ability.class);

    @ManyToMany
    @JoinTable(name = "course_lecturer", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "lecturer_id"))
    @OrderColumn(name = "position")
    private List<Lecturer> lecturers = new ArrayList<>();

    @OneToMany(mappedBy = "course")
    @OrderBy("position")
    private List<Lecture> lectures = new ArrayList<>();

    protected Course() {
    }

    public Course(String title, String topicCode, String localityCode, String audience, long ownerId) {
        this.title = title;
        this.topicCode = topicCode;
        this.localityCode = localityCode;
        this.audience = audience;
        this.ownerId = ownerId;
    }

    /** Moves the course to a new status; the first publication is remembered as its date. */
    public void changeStatus(CourseStatus next) {
        status = next;
        if (next == CourseStatus.PUBLISHED && publishedAt == null) {
            publishedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCoverKey() {
        return coverKey;
    }

    public void setCoverKey(String coverKey) {
        this.coverKey = coverKey;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public void setTopicCode(String topicCode) {
        this.topicCode = topicCode;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public void setLocalityCode(String localityCode) {
        this.localityCode = localityCode;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public void setLevel(CourseLevel level) {
        this.level = level;
    }

    public BigDecimal getCreditHours() {
        return creditHours;
    }

    public void setCreditHours(BigDecimal creditHours) {
        this.creditHours = creditHours;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
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

    public Set<Ability> getAbilities() {
        return abilities;
    }

    public List<Lecturer> getLecturers() {
        return lecturers;
    }

    public List<Lecture> getLectures() {
        return lectures;
    }
}
