package org.gongxue.library.service;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import org.gongxue.library.model.Lecture;
import org.gongxue.library.model.MaterialSlot;

/** What views and the REST API see of a lecture, with its materials. */
public final class LectureView {

    private final long id;
    private final long courseId;
    private final int position;
    private final String title;
    private final String summary;
    private final long viewCount;
    private final List<MaterialView> materials;

    LectureView(Lecture lecture) {
        this.id = lecture.getId();
        this.courseId = lecture.getCourse().getId();
        this.position = lecture.getPosition();
        this.title = lecture.getTitle();
        this.summary = lecture.getSummary();
        this.viewCount = lecture.getViewCount();
        this.materials = lecture.getMaterials().stream().map(MaterialView::new).toList();
    }

    /** The lecture's video, if one was uploaded. Left out of JSON, where it would repeat one of the materials. */
    @JsonbTransient
    public MaterialView getVideo() {
        return materials.stream().filter(m -> m.getSlot() == MaterialSlot.VIDEO).findFirst().orElse(null);
    }

    public long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public long getViewCount() {
        return viewCount;
    }

    public List<MaterialView> getMaterials() {
        return materials;
    }
}
