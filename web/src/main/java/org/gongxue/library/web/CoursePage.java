package org.gongxue.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseHit;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.LectureView;
import org.gongxue.library.service.LibrarySearch;
import org.gongxue.library.service.MaterialView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.search.SearchUnavailableException;

/**
 * A course as a reader sees it ({@code library/course.xhtml?id=…}): summary, lecturers, the
 * lectures in order with their materials, and related courses. A course the reader may not see
 * answers 404, exactly as one that does not exist.
 */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    CurrentActor actor;

    @Inject
    CourseCatalog catalog;

    @Inject
    LibrarySearch search;

    private String id;
    private CourseView course;
    private List<CourseHit> related = List.of();

    /** The view action. */
    public void load() throws IOException {
        OptionalLong courseId = LibraryRequests.positive(id);
        if (courseId.isEmpty()) {
            LibraryRequests.notFound();
            return;
        }
        try {
            course = catalog.find(actor.require(), courseId.getAsLong());
        } catch (CourseNotFoundException e) {
            LibraryRequests.notFound();
            return;
        }
        try {
            related = search.related(actor.require(), course);
        } catch (SearchUnavailableException e) {
            // The course is what was asked for; related courses can wait for search to return.
            related = List.of();
        }
    }

    /** The materials of a lecture that can be viewed or downloaded now. */
    public List<MaterialView> readyMaterials(LectureView lecture) {
        return lecture.getMaterials().stream().filter(m -> m.getState() == ProcessingState.READY).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseView getCourse() {
        return course;
    }

    public List<CourseHit> getRelated() {
        return related;
    }
}
