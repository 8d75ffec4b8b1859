package org.gongxue.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.CourseView;
import org.gongxue.people.service.CurrentActor;

/**
 * The review queue of a locality administrator ({@code library/teach/review.xhtml}): courses
 * submitted in their locality, oldest first, each to publish or to send back to its author.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Inject
    CourseCatalog catalog;

    @Inject
    CourseService courses;

    private List<CourseView> queue;

    public List<CourseView> getQueue() {
        if (queue == null) {
            queue = catalog.reviewQueue(currentActor.require());
        }
        return queue;
    }

    public void publish(CourseView course) {
        decide(() -> courses.publish(currentActor.require(), course.getId()), "library.teach.review.published",
                course.getTitle());
    }

    /** Sends the course back to its author (withdrawn; editing makes it a draft again). */
    public void sendBack(CourseView course) {
        decide(() -> courses.withdraw(currentActor.require(), course.getId()), "library.teach.review.sentBack",
                course.getTitle());
    }

    private void decide(Runnable decision, String doneKey, String title) {
        if (TeachFaces.attempt(decision, Map.of())) {
            TeachFaces.done(doneKey, title);
        }
        queue = null;
    }
}
