package org.gongxue.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.platform.database.TrackedEntity;

/** One lecture (讲) of a course, at its position (1, 2, 3...): a video plus materials. */
@Entity
@Table(name = "lecture")
public class Lecture extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @OneToMany(mappedBy = "lecture")
    @OrderBy("slot, id")
    private List<Material> materials = new ArrayList<>();

    protected Lecture() {
    }

    public Lecture(Course course, int position, String title) {
        this.course = course;
        this.position = position;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
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

    public long getViewCount() {
        return viewCount;
    }

    public List<Material> getMaterials() {
        return materials;
    }
}
