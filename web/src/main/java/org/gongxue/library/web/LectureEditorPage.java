package org.gongxue.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LectureView;
import org.gongxue.library.service.MaterialService;
import org.gongxue.library.service.MaterialView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;

/**
 * One lecture of a course the person edits ({@code library/teach/lecture.xhtml?id=}): its title,
 * and its materials with their processing state, which the page polls while any is still being
 * processed and announces as it changes. Uploading is done in the browser by upload.js against
 * the upload API; the page only shows the result.
 */
@Named
@ViewScoped
public class LectureEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<ProcessingState> UNDER_WAY = Set.of(ProcessingState.QUEUED, ProcessingState.PROCESSING);
    private static final Map<String, String> FIELDS = Map.of(
            "title", "lecture-form:title",
            "summary", "lecture-form:summary");

    @Inject
    CurrentActor currentActor;

    @Inject
    CourseCatalog catalog;

    @Inject
    CourseService courses;

    @Inject
    MaterialService materials;

    private Long id;
    private LectureView lecture;
    private CourseView course;
    private String title;
    private String summary;
    private MaterialView materialToDelete;

    public void load() {
        if (TeachFaces.loadOrEnd(this::reload) != null) {
            title = lecture.getTitle();
            summary = lecture.getSummary();
        }
    }

    public void save() {
        if (TeachFaces.attempt(() -> courses.updateLecture(actor(), id, new LectureDraft(title, summary)), FIELDS)) {
            reload();
            TeachFaces.done("library.teach.lecture.saved");
        }
    }

    /** Polled while materials are being processed, and called when an upload finishes: says what changed. */
    public void refresh() {
        Map<Long, ProcessingState> before = new HashMap<>();
        lecture.getMaterials().forEach(m -> before.put(m.getId(), m.getState()));
        reload();
        for (MaterialView material : lecture.getMaterials()) {
            ProcessingState was = before.get(material.getId());
            if (was == null) {
                TeachFaces.done("library.teach.material.added", material.getOriginalName());
            } else if (was != material.getState()) {
                TeachFaces.done("library.teach.material.stateChanged", material.getOriginalName(),
                        TeachFaces.text("processingState." + material.getState()));
            }
        }
    }

    /** Deleting a material is asked back on the page first. */
    public void askToDelete(MaterialView material) {
        materialToDelete = material;
    }

    public void confirmDelete() {
        MaterialView deleting = materialToDelete;
        materialToDelete = null;
        if (deleting != null && TeachFaces.attempt(() -> materials.delete(actor(), deleting.getId()), Map.of())) {
            reload();
            TeachFaces.done("library.teach.material.deleted", deleting.getOriginalName());
        }
    }

    public void cancelDelete() {
        materialToDelete = null;
    }

    /** Whether any material is still queued or being processed: the page polls until none is. */
    public boolean isProcessing() {
        return lecture != null && lecture.getMaterials().stream().anyMatch(m -> UNDER_WAY.contains(m.getState()));
    }

    /** The failure reason in the reader's language when processing recorded it as a bundle key. */
    public String failureText(MaterialView material) {
        return TeachFaces.textOrAsIs(material.getFailureReason());
    }

    public String size(long bytes) {
        return ByteSizes.readable(bytes);
    }

    /** The largest file the slot takes, as people read sizes. */
    public String maxSize(MaterialSlot slot) {
        return ByteSizes.readable(materials.maxSize(slot));
    }

    public List<MaterialSlot> getSlots() {
        return Arrays.asList(MaterialSlot.values());
    }

    private LectureView reload() {
        if (id == null) {
            throw new CourseNotFoundException("Lecture (no id)");
        }
        LectureView found = catalog.lecture(actor(), id);
        CourseView owner = catalog.find(actor(), found.getCourseId());
        if (!owner.isEditable()) {
            throw new AccessDeniedException("Not an editor of lecture " + id);
        }
        lecture = found;
        course = owner;
        return found;
    }

    private Actor actor() {
        return currentActor.require();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LectureView getLecture() {
        return lecture;
    }

    public CourseView getCourse() {
        return course;
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

    public MaterialView getMaterialToDelete() {
        return materialToDelete;
    }
}
