package org.gongxue.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseView;
import org.gongxue.people.service.CurrentActor;

/** The teacher's workspace ({@code library/teach/index.xhtml}): the courses they write or administer. */
@Named
@RequestScoped
public class TeachWorkspacePage {

    @Inject
    CurrentActor currentActor;

    @Inject
    CourseCatalog catalog;

    private List<CourseView> courses;
    private Integer waitingForReview;

    public List<CourseView> getCourses() {
        if (courses == null) {
            courses = catalog.workspace(currentActor.require());
        }
        return courses;
    }

    /** Administrators review their locality's courses; the link shows how many wait. */
    public boolean isReviewer() {
        return currentActor.require().isAdministrator();
    }

    public int getWaitingForReview() {
        if (waitingForReview == null) {
            waitingForReview = isReviewer() ? catalog.reviewQueue(currentActor.require()).size() : 0;
        }
        return waitingForReview;
    }
}
