package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.library.model.Course;
import org.gongxue.library.model.CourseStatus;
import org.gongxue.library.model.Lecture;
import org.gongxue.library.model.Lecturer;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Audience;
import org.gongxue.platform.outbox.Outbox;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.validation.Problem;

/**
 * Writes courses and their lectures: the only writer of both. Every method takes the actor and
 * enforces CourseRules whatever page or endpoint called it; bad input throws
 * {@link InvalidInputException} and refusals {@link AccessDeniedException}, changing nothing.
 * Every change is audited and queues the course for (re)indexing in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CourseService {

    private static final Set<CourseStatus> SUBMITTABLE = EnumSet.of(CourseStatus.DRAFT, CourseStatus.WITHDRAWN);
    private static final Set<CourseStatus> WITHDRAWABLE = EnumSet.of(CourseStatus.PUBLISHED, CourseStatus.IN_REVIEW);

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    CourseDraftChecks checks;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Event<CoursePublished> published;

    public long create(Actor actor, CourseDraft draft) {
        if (!CourseRules.mayAuthor(actor)) {
            throw new AccessDeniedException("Only teachers and administrators write courses");
        }
        String locality = draft.localityCode() == null ? actor.localityCode() : draft.localityCode();
        checks.check(actor, draft, locality);
        Course course = new Course(draft.title().strip(), draft.topicCode(), locality, audienceOf(draft),
                actor.personId());
        apply(course, draft);
        em.persist(course);
        audit.record(actor, AuditAction.COURSE_CREATED, target(course), course.getTitle());
        outbox.enqueue(LibraryEvents.COURSE_INDEX, course.getId().toString());
        return course.getId();
    }

    public void update(Actor actor, long courseId, CourseDraft draft) {
        Course course = editable(actor, courseId);
        String locality = draft.localityCode() == null ? course.getLocalityCode() : draft.localityCode();
        checks.check(actor, draft, locality);
        course.setTitle(draft.title().strip());
        course.setTopicCode(draft.topicCode());
        course.setLocalityCode(locality);
        course.setAudience(audienceOf(draft));
        apply(course, draft);
        if (course.getStatus() == CourseStatus.WITHDRAWN) {
            course.changeStatus(CourseStatus.DRAFT);
        }
        changed(actor, course, AuditAction.COURSE_EDITED, course.getTitle());
    }

    public void submitForReview(Actor actor, long courseId) {
        Course course = editable(actor, courseId);
        requireStatus(course, SUBMITTABLE);
        course.changeStatus(CourseStatus.IN_REVIEW);
        changed(actor, course, AuditAction.COURSE_SUBMITTED, null);
    }

    /** Makes the course visible to its audience; it needs at least one lecture. */
    public void publish(Actor actor, long courseId) {
        Course course = publishable(actor, courseId);
        if (course.getStatus() == CourseStatus.PUBLISHED) {
            return;
        }
        if (course.getLectures().isEmpty()) {
            throw InvalidInputException.of("lectures", "library.course.publish.noLectures");
        }
        course.changeStatus(CourseStatus.PUBLISHED);
        changed(actor, course, AuditAction.COURSE_PUBLISHED, null);
        published.fire(new CoursePublished(course.getId(), course.getTitle(), course.getAudience()));
    }

    public void withdraw(Actor actor, long courseId) {
        Course course = publishable(actor, courseId);
        requireStatus(course, WITHDRAWABLE);
        course.changeStatus(CourseStatus.WITHDRAWN);
        changed(actor, course, AuditAction.COURSE_WITHDRAWN, null);
    }

    /**
     * Makes a stored image the course's cover (null: no cover); returns the key of the cover it
     * replaces, or null, for the caller to delete once this has committed. Only CourseCovers,
     * which stores and checks the image, calls it.
     */
    String replaceCover(Actor actor, long courseId, String coverKey) {
        Course course = editable(actor, courseId);
        String previous = course.getCoverKey();
        course.setCoverKey(coverKey);
        changed(actor, course, AuditAction.COURSE_EDITED, coverKey == null ? "cover removed" : "cover replaced");
        return previous;
    }

    /** Adds a lecture at the end of the course. */
    public long addLecture(Actor actor, long courseId, LectureDraft draft) {
        Course course = editable(actor, courseId);
        checkLecture(draft);
        Lecture lecture = new Lecture(course, course.getLectures().size() + 1, draft.title().strip());
        lecture.setSummary(CourseDraftChecks.strippedOrNull(draft.summary()));
        em.persist(lecture);
        course.getLectures().add(lecture);
        changed(actor, course, AuditAction.LECTURE_ADDED, lecture.getTitle());
        return lecture.getId();
    }

    public void updateLecture(Actor actor, long lectureId, LectureDraft draft) {
        Lecture lecture = editableLecture(actor, lectureId);
        checkLecture(draft);
        lecture.setTitle(draft.title().strip());
        lecture.setSummary(CourseDraftChecks.strippedOrNull(draft.summary()));
        changed(actor, lecture.getCourse(), AuditAction.LECTURE_EDITED, lecture.getTitle());
    }

    /** Moves a lecture to a new position (1-based); the others close up behind it. */
    public void moveLecture(Actor actor, long lectureId, int newPosition) {
        Lecture lecture = editableLecture(actor, lectureId);
        List<Lecture> order = new ArrayList<>(lecture.getCourse().getLectures());
        if (newPosition < 1 || newPosition > order.size()) {
            throw InvalidInputException.of("position", "library.lecture.position.invalid");
        }
        order.remove(lecture);
        order.add(newPosition - 1, lecture);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setPosition(i + 1);
        }
        changed(actor, lecture.getCourse(), AuditAction.LECTURE_MOVED, lecture.getTitle() + " → " + newPosition);
    }

    /** Removes a lecture that has no materials left (delete them first: each has its own clean-up). */
    public void removeLecture(Actor actor, long lectureId) {
        Lecture lecture = editableLecture(actor, lectureId);
        if (!lecture.getMaterials().isEmpty()) {
            throw InvalidInputException.of("materials", "library.lecture.remove.hasMaterials");
        }
        Course course = lecture.getCourse();
        em.createNativeQuery("delete from lecture_view where lecture_id = ?1").setParameter(1, lectureId)
                .executeUpdate();
        // Uploads still under way to it lose their purpose; the sweeper aborts what the store holds of them.
        em.createQuery("delete from UploadSession s where s.lectureId = :id").setParameter("id", lectureId)
                .executeUpdate();
        course.getLectures().remove(lecture);
        em.remove(lecture);
        for (int i = 0; i < course.getLectures().size(); i++) {
            course.getLectures().get(i).setPosition(i + 1);
        }
        changed(actor, course, AuditAction.LECTURE_REMOVED, lecture.getTitle());
    }

    private void apply(Course course, CourseDraft draft) {
        course.setSummary(CourseDraftChecks.strippedOrNull(draft.summary()));
        course.setLevel(draft.level());
        course.setCreditHours(draft.creditHours());
        course.getAbilities().clear();
        course.getAbilities().addAll(draft.abilities());
        course.getLecturers().clear();
        List<Problem> unknown = new ArrayList<>();
        for (Long lecturerId : draft.lecturerIds()) {
            Lecturer lecturer = em.find(Lecturer.class, lecturerId);
            if (lecturer == null) {
                unknown.add(Problem.of("lecturers", "library.course.lecturer.unknown"));
            } else if (!course.getLecturers().contains(lecturer)) {
                course.getLecturers().add(lecturer);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    private void changed(Actor actor, Course course, AuditAction action, String detail) {
        audit.record(actor, action, target(course), detail);
        outbox.enqueue(LibraryEvents.COURSE_INDEX, course.getId().toString());
    }

    private Course editable(Actor actor, long courseId) {
        Course course = find(courseId);
        if (!CourseRules.mayEdit(actor, course)) {
            throw new AccessDeniedException("Not an editor of course " + courseId);
        }
        return course;
    }

    private Lecture editableLecture(Actor actor, long lectureId) {
        Lecture lecture = em.find(Lecture.class, lectureId);
        if (lecture == null) {
            throw new CourseNotFoundException("Lecture " + lectureId);
        }
        editable(actor, lecture.getCourse().getId());
        return lecture;
    }

    private Course publishable(Actor actor, long courseId) {
        Course course = find(courseId);
        if (!CourseRules.mayPublish(actor, course)) {
            throw new AccessDeniedException("Not an administrator of course " + courseId);
        }
        return course;
    }

    private Course find(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new CourseNotFoundException("Course " + courseId);
        }
        return course;
    }

    private static void requireStatus(Course course, Set<CourseStatus> allowed) {
        if (!allowed.contains(course.getStatus())) {
            throw InvalidInputException.of("status", "library.course.status.notAllowed");
        }
    }

    private static void checkLecture(LectureDraft draft) {
        List<Problem> problems = new ArrayList<>();
        CourseDraftChecks.text(problems, "title", draft.title(), CourseDraftChecks.MAX_TITLE, true);
        CourseDraftChecks.text(problems, "summary", draft.summary(), CourseDraftChecks.MAX_SUMMARY, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String audienceOf(CourseDraft draft) {
        return draft.audience() == null ? Audience.zone().key() : Audience.parse(draft.audience()).key();
    }


    static String target(Course course) {
        return "course:" + course.getId();
    }
}
