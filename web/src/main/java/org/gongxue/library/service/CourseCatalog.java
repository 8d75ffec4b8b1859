package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gongxue.library.model.Course;
import org.gongxue.library.model.CourseStatus;
import org.gongxue.library.model.Lecture;
import org.gongxue.library.model.Material;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.access.Visibility;
import org.gongxue.platform.outbox.Outbox;

/**
 * Reads the library for one reader (null: a visitor who has not signed in). Whatever the reader
 * may not see does not exist for them ({@link CourseNotFoundException}). Reads run in a
 * transaction so that the views can be built from the entities' lazy parts.
 */
@ApplicationScoped
@Transactional
public class CourseCatalog {

    /** Views are counted per day of the zone, not of the server's clock zone. */
    private static final ZoneId ZONE_TIME = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    Visibility visibility;

    @Inject
    Outbox outbox;

    public CourseView find(Actor reader, long courseId) {
        return view(reader, readable(reader, em.find(Course.class, courseId), "Course " + courseId));
    }

    public LectureView lecture(Actor reader, long lectureId) {
        Lecture lecture = em.find(Lecture.class, lectureId);
        readable(reader, lecture == null ? null : lecture.getCourse(), "Lecture " + lectureId);
        return new LectureView(lecture);
    }

    /** The storage of a material, for streaming and downloads, if the reader may see its course. */
    public MaterialAccess readableMaterial(Actor reader, long materialId) {
        Material material = em.find(Material.class, materialId);
        readable(reader, material == null ? null : material.getLecture().getCourse(), "Material " + materialId);
        return MaterialAccess.of(material);
    }

    /** The courses the actor writes or administers, newest change first. */
    public List<CourseView> workspace(Actor actor) {
        String scope = actor.has(Role.PLATFORM_ADMIN) ? ""
                : actor.has(Role.LOCALITY_ADMIN) ? " where c.ownerId = :me or c.localityCode = :locality"
                : " where c.ownerId = :me";
        var query = em.createQuery("select c from Course c" + scope + " order by c.updatedAt desc, c.id desc",
                Course.class);
        if (!scope.isEmpty()) {
            query.setParameter("me", actor.personId());
        }
        if (scope.contains(":locality")) {
            query.setParameter("locality", actor.localityCode());
        }
        return query.getResultStream().map(course -> view(actor, course)).toList();
    }

    /** Courses waiting for this administrator's review, oldest first. */
    public List<CourseView> reviewQueue(Actor actor) {
        return em.createQuery("select c from Course c where c.status = :review order by c.updatedAt, c.id",
                        Course.class)
                .setParameter("review", CourseStatus.IN_REVIEW)
                .getResultStream()
                .filter(course -> CourseRules.mayPublish(actor, course))
                .map(course -> view(actor, course))
                .toList();
    }

    /**
     * Counts the reader watching a lecture: once per person, lecture and day, so that "most
     * watched" counts people rather than reloads.
     */
    public void recordView(Actor reader, long lectureId) {
        Lecture lecture = em.find(Lecture.class, lectureId);
        readable(reader, lecture == null ? null : lecture.getCourse(), "Lecture " + lectureId);
        LocalDate today = LocalDate.now(ZONE_TIME);
        // Two tabs of one reader may record the same view at once: the later insert waits for the
        // earlier one and then does nothing, where a "not exists" check would fail on the key.
        int inserted = em.createNativeQuery("""
                        insert into lecture_view (lecture_id, person_id, view_day) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, lectureId).setParameter(2, reader.personId()).setParameter(3, today)
                .executeUpdate();
        if (inserted == 1) {
            em.createQuery("update Lecture l set l.viewCount = l.viewCount + 1 where l.id = :id")
                    .setParameter("id", lectureId).executeUpdate();
            em.createQuery("update Course c set c.viewCount = c.viewCount + 1 where c.id = :id")
                    .setParameter("id", lecture.getCourse().getId()).executeUpdate();
            outbox.enqueue(LibraryEvents.COURSE_INDEX, lecture.getCourse().getId().toString());
        }
    }

    private Course readable(Actor reader, Course course, String what) {
        if (course == null || !CourseRules.mayView(reader, visibility.audiencesOf(reader), course)) {
            throw new CourseNotFoundException(what);
        }
        return course;
    }

    private static CourseView view(Actor reader, Course course) {
        return new CourseView(course, reader != null && CourseRules.mayEdit(reader, course),
                reader != null && CourseRules.mayPublish(reader, course));
    }
}
